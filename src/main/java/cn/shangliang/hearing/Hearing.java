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

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public String matter;
    @Column(nullable = false) public String draft;
    @Column(nullable = false) public String explanation;
    @Column(nullable = false) public String sponsor;
    @Column(nullable = false) public String presidingOfficer;
    @Column(nullable = false) public String recorder;
    @Column(nullable = false) public String place;
    @Column(nullable = false) public LocalDate hearingDate;
    @Column(nullable = false) public LocalTime startsAt;
    @Column(nullable = false) public LocalDate registrationOpens;
    @Column(nullable = false) public LocalDate registrationCloses;
    @Column(nullable = false) public LocalDate participantsFixedOn;
    @Column(nullable = false) public String selectionMethod;
    @Column(nullable = false) public String seedSource;
    public String seed;
    public Instant seedPublishedAt;
    public int seatsStakeholder;
    public int seatsOrdinaryResident;
    public int seatsExpert;
    public int seatsDeputy;
    public int seatsOrganization;
    public int minRepresentatives;
    @Column(nullable = false) public String representativeShare;
    public boolean stakeholdersOutnumberResidents;
    public int materialsDays;
    @Column(nullable = false) public String attendanceShare;
    public int observerCapacity;
    public int observers;
    public long nextApplicationNo = 1;
    public int nextStatementNo = 1;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public HearingStatus status;
    public String cancelReason;
    @Column(nullable = false) public String createdBy;
    @Column(nullable = false) public Instant createdAt;
    public Instant announcedAt;
    @Version public long version;

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
