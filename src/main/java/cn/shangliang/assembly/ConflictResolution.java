package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.BallotChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Staff's resolution of a voter's conflicting records: which one stands, and why. Never a choice. */
@Entity
@Table(name = "assembly_conflict_resolution")
public class ConflictResolution extends VoterRow {

    @Enumerated(EnumType.STRING) @Column(nullable = false) public BallotChannel channel;

    /** The paper sheet number or the mandate id; for the online ballot, its sequence when resolved. */
    @Column(nullable = false) public String recordRef;
    @Column(nullable = false) public String reason;
    @Column(nullable = false) public String resolvedBy;
    @Column(nullable = false) public Instant resolvedAt;
    @Version public long version;
}
