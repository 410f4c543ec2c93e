package cn.shangliang.hearing;

import cn.shangliang.common.rules.Threshold;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * 听证会. The rules it runs under (quota, materials period, attendance) are copied onto it when it is
 * created, so a change of configuration never changes a hearing already under way.
 */
@Entity
@Table(name = "hearing")
public class Hearing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "community_id", nullable = false)
    public Long communityId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String matter;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String draft;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String explanation;

    @Column(nullable = false)
    public String sponsor;

    @Column(name = "presiding_officer", nullable = false)
    public String presidingOfficer;

    @Column(nullable = false)
    public String recorder;

    @Column(nullable = false)
    public String place;

    @Column(name = "hearing_date", nullable = false)
    public LocalDate hearingDate;

    @Column(name = "starts_at", nullable = false)
    public LocalTime startsAt;

    @Column(name = "registration_opens", nullable = false)
    public LocalDate registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    public LocalDate registrationCloses;

    @Column(name = "participants_fixed_on", nullable = false)
    public LocalDate participantsFixedOn;

    @Column(name = "selection_method", nullable = false, columnDefinition = "TEXT")
    public String selectionMethod;

    @Column(name = "seed_source", nullable = false)
    public String seedSource;

    public String seed;

    @Column(name = "seed_published_at")
    public Instant seedPublishedAt;

    @Column(name = "seats_stakeholder", nullable = false)
    public int seatsStakeholder;

    @Column(name = "seats_ordinary_resident", nullable = false)
    public int seatsOrdinaryResident;

    @Column(name = "seats_expert", nullable = false)
    public int seatsExpert;

    @Column(name = "seats_deputy", nullable = false)
    public int seatsDeputy;

    @Column(name = "seats_organization", nullable = false)
    public int seatsOrganization;

    @Column(name = "min_representatives", nullable = false)
    public int minRepresentatives;

    @Column(name = "representative_share", nullable = false)
    public String representativeShare;

    @Column(name = "stakeholders_outnumber_residents", nullable = false)
    public boolean stakeholdersOutnumberResidents;

    @Column(name = "materials_days", nullable = false)
    public int materialsDays;

    @Column(name = "attendance_share", nullable = false)
    public String attendanceShare;

    @Column(name = "observer_capacity", nullable = false)
    public int observerCapacity;

    @Column(nullable = false)
    public int observers;

    @Column(name = "next_application_no", nullable = false)
    public long nextApplicationNo = 1;

    @Column(name = "next_statement_no", nullable = false)
    public int nextStatementNo = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HearingStatus status;

    @Column(name = "cancel_reason", columnDefinition = "TEXT")
    public String cancelReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "announced_at")
    public Instant announcedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public HearingSchedule schedule() {
        return new HearingSchedule(registrationOpens, registrationCloses, participantsFixedOn, hearingDate, seedSource);
    }

    public HearingRules rules() {
        return new HearingRules(materialsDays, Threshold.parse(attendanceShare),
                new HearingQuota(minRepresentatives, Threshold.parse(representativeShare), stakeholdersOutnumberResidents));
    }

    public HearingWorkflow workflow() {
        return new HearingWorkflow(rules());
    }

    /** Seats per category, every category present, in category order. */
    public Map<RepresentativeCategory, Integer> seats() {
        Map<RepresentativeCategory, Integer> seats = new EnumMap<>(RepresentativeCategory.class);
        seats.put(RepresentativeCategory.STAKEHOLDER, seatsStakeholder);
        seats.put(RepresentativeCategory.ORDINARY_RESIDENT, seatsOrdinaryResident);
        seats.put(RepresentativeCategory.EXPERT, seatsExpert);
        seats.put(RepresentativeCategory.DEPUTY, seatsDeputy);
        seats.put(RepresentativeCategory.ORGANIZATION, seatsOrganization);
        return seats;
    }

    public void setSeats(Map<RepresentativeCategory, Integer> seats) {
        seatsStakeholder = seats.getOrDefault(RepresentativeCategory.STAKEHOLDER, 0);
        seatsOrdinaryResident = seats.getOrDefault(RepresentativeCategory.ORDINARY_RESIDENT, 0);
        seatsExpert = seats.getOrDefault(RepresentativeCategory.EXPERT, 0);
        seatsDeputy = seats.getOrDefault(RepresentativeCategory.DEPUTY, 0);
        seatsOrganization = seats.getOrDefault(RepresentativeCategory.ORGANIZATION, 0);
    }

    public int totalSeats() {
        return seats().values().stream().mapToInt(Integer::intValue).sum();
    }
}
