package cn.shangliang.proposal;

import cn.shangliang.common.db.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** 附议: one resident's support for a proposal. */
@Entity
@Table(name = "proposal_cosign")
public class CoSignature extends IdentityEntity {

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static boolean exists(long proposalId, long accountId) {
        return count("proposalId = ?1 and accountId = ?2", proposalId, accountId) > 0;
    }
}
