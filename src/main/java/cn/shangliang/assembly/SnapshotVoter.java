package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One voter (one head) of a decision's roster snapshot, taken when the notice was published. */
@Entity
@Table(name = "assembly_roster_voter")
public class SnapshotVoter extends VoterRow {

    @Column(nullable = false) public String kind;

    /** The owner ids behind the voter, comma-separated and sorted. */
    @Column(nullable = false) public String ownerIds;

    /** Who casts the voter's ballot; null while co-owners have designated nobody. */
    public Long delegateOwnerId;
    public long areaCenti;
}
