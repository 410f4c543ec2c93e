package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.BallotChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A staff-recorded proxy mandate or paper sheet for an owner who already voted online: it needs a second staff
 * member and is put to the owner, who may confirm or reject it (ballot-privacy.md, "Staff records").
 */
@Entity
@Table(name = "assembly_staff_record_check")
public class StaffRecordCheck extends VoterRow {

    public enum Answer { CONFIRMED, REJECTED }

    @Enumerated(EnumType.STRING) @Column(nullable = false) public BallotChannel channel;

    /** The mandate id (PROXY) or the sheet number (PAPER). */
    @Column(nullable = false) public String recordRef;
    @Column(nullable = false) public Instant createdAt;
    @Column(nullable = false) public String createdBy;
    public String confirmedBy;
    public Instant confirmedAt;
    @Enumerated(EnumType.STRING) public Answer ownerAnswer;
    public Instant answeredAt;
    @Version public long version;

    /**
     * Whether the record may enter the count: the owner confirmed it, or the owner has not answered and it was
     * confirmed by a second staff member (for paper, its double entry by two accounts is that confirmation).
     */
    boolean counts() {
        return ownerAnswer == Answer.CONFIRMED || ownerAnswer == null && (channel == BallotChannel.PAPER || confirmedBy != null);
    }
}
