package cn.shangliang.council;

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
import java.util.List;

/** 会议: a monthly, special or consultation meeting of a council, from its agenda to its published minutes. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long councilId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public MeetingKind kind;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public MeetingStatus status;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public LocalDate meetingDate;
    @Column(nullable = false) public LocalTime startTime;
    @Column(nullable = false) public String place;

    /** Who else takes part (the consultation meeting's wider circle), as announced with the agenda. */
    public String participants;

    /** Members check themselves in with it; shown only to those who run the meeting. */
    @Column(nullable = false) public String checkInCode;
    public Instant agendaPublishedAt;
    public Instant openedAt;
    public Instant closedAt;
    public String cancelReason;

    /** The minutes as the chair confirmed them: a snapshot, never regenerated afterwards. */
    public String minutes;
    public Instant minutesConfirmedAt;
    public String minutesConfirmedBy;
    public Instant minutesPublishedAt;
    @Column(nullable = false) public Instant createdAt;
    @Version public long version;

    public static List<Meeting> ofCouncil(long councilId) {
        return list("councilId = ?1 order by meetingDate desc, id desc", councilId);
    }

    /** The date of the last meeting of this kind that was held (reached CLOSED or later), or null. */
    public static LocalDate lastHeld(long councilId, MeetingKind kind) {
        return find("select max(m.meetingDate) from Meeting m where m.councilId = ?1 and m.kind = ?2 and m.status in ?3",
                councilId, kind, List.of(MeetingStatus.CLOSED, MeetingStatus.MINUTES_CONFIRMED, MeetingStatus.MINUTES_PUBLISHED))
                .project(LocalDate.class).firstResult();
    }
}
