package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.MatterType;
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

/** 表决事项: a matter put to the owners of one estate, with its voting window and estate options. */
@Entity
@Table(name = "assembly_decision")
public class Decision extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public Long estateId;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public String body;
    public String attachments;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public MatterType matterType;

    /** Seats to fill in an owners' committee election; null for any other matter. */
    public Integer seats;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public DecisionStatus status;
    @Column(nullable = false) public Instant opensAt;
    @Column(nullable = false) public Instant closesAt;

    /** Copied from the estate's rules at publication (a draft shows the estate's current setting). */
    public boolean parkingCounts;
    public String parkingCitation;

    /** The most owners one proxy may represent; null for no cap. */
    public Integer proxyCap;

    /** Whether the estate's rules contain the "silent owners follow the majority" clause (default off). */
    public boolean silentClause;
    public String silentCitation;
    @Column(nullable = false) public String createdBy;
    @Column(nullable = false) public Instant createdAt;
    public Instant publishedAt;
    public Instant closedAt;
    public String cancelReason;
    @Version public long version;

    public boolean election() {
        return matterType == MatterType.OWNERS_COMMITTEE;
    }

    public Phase phase(Instant now) {
        return switch (status) {
            case DRAFT -> Phase.DRAFT;
            case CLOSED -> Phase.CLOSED;
            case CANCELLED -> Phase.CANCELLED;
            case PUBLISHED -> now.isBefore(opensAt) ? Phase.NOTICE : now.isBefore(closesAt) ? Phase.VOTING : Phase.COUNTING;
        };
    }
}
