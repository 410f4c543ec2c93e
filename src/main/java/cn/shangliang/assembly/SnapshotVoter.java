package cn.shangliang.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One voter (one head) of a decision's roster snapshot, taken when the notice was published. */
@Entity
@Table(name = "assembly_roster_voter")
public class SnapshotVoter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    @Column(name = "voter_key", nullable = false)
    public String voterKey;

    @Column(nullable = false)
    public String kind;

    /** The owner ids behind the voter, comma-separated and sorted. */
    @Column(name = "owner_ids", nullable = false)
    public String ownerIds;

    /** Who casts the voter's ballot; null while co-owners have designated nobody. */
    @Column(name = "delegate_owner_id")
    public Long delegateOwnerId;

    @Column(name = "area_centi", nullable = false)
    public long areaCenti;
}
