package cn.shangliang.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 附议: one resident's support for a proposal. */
@Entity
@Table(name = "proposal_cosign")
public class CoSignature extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long proposalId;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public Instant createdAt;

    public static boolean exists(long proposalId, long accountId) {
        return count("proposalId = ?1 and accountId = ?2", proposalId, accountId) > 0;
    }
}
