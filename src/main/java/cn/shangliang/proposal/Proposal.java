package cn.shangliang.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jakarta.persistence.Version;

import java.time.Instant;

/** 议题: a matter a resident raises for the council. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public Long proposerId;
    @Column(nullable = false) public String proposerName;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public String description;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ProposalCategory category;
    public String place;

    /** Attachments as text or links, one per line (files are not stored). */
    public String attachments;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ProposalStatus status;

    /** Co-signatures, proposer excluded; kept on the row so a locked read decides the threshold. */
    public int cosignCount;
    @Enumerated(EnumType.STRING) public Track track;

    /** When the proposal entered review: both track clocks start here. */
    public Instant receivedAt;

    /** The reason, answer or transfer note of the review outcome. */
    public String outcome;
    @Enumerated(EnumType.STRING) public TransferTarget transferTarget;
    public String transferLink;
    public Long mergedIntoId;

    /** Set when someone else moved the proposal on; the proposer's next visit to its page clears it. */
    public boolean proposerUnread;
    @Column(nullable = false) public Instant createdAt;
    @Column(nullable = false) public Instant updatedAt;
    @Version public long version;

    /** Stamps a change and writes the step (the status it is in now, with a note) into its history. */
    void recordStep(Instant at, String actor, String note) {
        updatedAt = at;
        ProposalEvent.record(this, at, actor, note);
    }

    /** A step someone other than the proposer took: recorded, and flagged for the proposer's next visit. */
    void recordStepForProposer(Instant at, String actor, String note) {
        proposerUnread = true;
        recordStep(at, actor, note);
    }
}
