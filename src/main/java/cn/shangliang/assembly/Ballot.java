package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * 选票: a voter's current online ballot. One row per (decision, voter) by a unique key; each cast, change or
 * withdrawal also appends a {@link BallotHistory} row, whose id is the {@link #sequence}.
 */
@Entity
@Table(name = "assembly_ballot")
public class Ballot extends OnlineBallotRow {

    public long sequence;
    @Column(nullable = false) public Instant firstCastAt;
    @Version public long version;
}
