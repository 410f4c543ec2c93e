package cn.shangliang.hearing;

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
import java.util.List;
import java.util.Optional;

/**
 * One person's application to a hearing. A selected representative's row also carries whether they attended
 * and their sign-off of the record, since both belong to exactly one representative.
 */
@Entity
@Table(name = "hearing_application")
public class HearingApplication extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long hearingId;
    public long applicationNo;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public Long residentId;
    @Column(nullable = false) public String name;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ApplicationKind kind;
    @Enumerated(EnumType.STRING) public RepresentativeCategory category;
    public String statement;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public ApplicationOutcome outcome;
    public Integer drawRank;
    public boolean present;
    @Enumerated(EnumType.STRING) public SignOff signOff;
    public String signOffNote;
    public Instant signedAt;
    @Column(nullable = false) public Instant appliedAt;
    @Version public long version;

    public static List<HearingApplication> ofHearing(long hearingId) {
        return list("hearingId = ?1 order by applicationNo", hearingId);
    }

    public static List<HearingApplication> representatives(long hearingId) {
        return list("hearingId = ?1 and kind = ?2 order by applicationNo", hearingId, ApplicationKind.REPRESENTATIVE);
    }

    public static List<HearingApplication> selected(long hearingId) {
        return list("hearingId = ?1 and outcome = ?2 order by category, drawRank, applicationNo", hearingId,
                ApplicationOutcome.SELECTED);
    }

    public static Optional<HearingApplication> of(long hearingId, long accountId) {
        return find("hearingId = ?1 and accountId = ?2", hearingId, accountId).firstResultOptional();
    }

    public Applicant applicant() {
        return new Applicant(applicationNo, category);
    }
}
