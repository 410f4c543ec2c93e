package cn.shangliang.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Proof that the ballot reached a voter: only such voters can be deemed under the silent-majority clause. */
@Entity
@Table(name = "assembly_delivery")
public class BallotDelivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    @Column(name = "voter_key", nullable = false)
    public String voterKey;

    @Column(nullable = false)
    public String method;

    @Column(name = "delivered_at", nullable = false)
    public Instant deliveredAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
