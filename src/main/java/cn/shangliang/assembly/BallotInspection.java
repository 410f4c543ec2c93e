package cn.shangliang.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * 查阅表决票: a request to see named ballot choices of a closed decision, on a cited legal basis, approved by a
 * second account of the role the rule names (ballot-privacy.md, "Inspection"). Holds who and why, never a choice.
 */
@Entity
@Table(name = "assembly_ballot_inspection")
public class BallotInspection extends DecisionRow {

    @Enumerated(EnumType.STRING) @Column(nullable = false) public InspectionBasis basis;

    /** The clause of the estate's rules or the court order's number. */
    @Column(nullable = false) public String citation;
    @Column(nullable = false) public String reason;

    /** The voters whose ballots are inspected, comma-separated; null for every ballot of the decision. */
    public String voterKeys;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public BallotInspectionStatus status;
    @Column(nullable = false) public String requestedBy;
    @Column(nullable = false) public Instant requestedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String refusalReason;
    @Version public long version;

    /** The inspected voter keys; null for all. */
    List<String> voters() {
        return voterKeys == null ? null : Arrays.stream(voterKeys.split(",")).filter(k -> !k.isBlank()).toList();
    }
}
