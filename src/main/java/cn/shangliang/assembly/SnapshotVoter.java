package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One voter (one head) of a decision's roster snapshot, taken when the notice was published. */
@Entity
@Table(name = "assembly_roster_voter")
public class SnapshotVoter extends VoterRow {

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
