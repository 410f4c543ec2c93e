package cn.shangliang.council;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** 决议: the vote on one agenda item, with the counts and the attendance at the time of the vote. */
@Entity
@Table(name = "resolution")
public class Resolution extends PanacheEntityBase {

    @Version public long version;

    public enum VoteMode { SHOW_OF_HANDS, ROLL_CALL }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long agendaItemId;
    @Column(nullable = false) public Long meetingId;
    @Column(nullable = false) public Long councilId;
    @Column(nullable = false) public String text;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public VoteMode voteMode;
    public int agree;
    public int oppose;
    public int abstain;

    /** Members of the council when the vote was taken (the quorum's whole). */
    public int members;

    /** Members checked in when the vote was taken (the majority's whole). */
    public int present;
    public boolean passed;
    @Column(nullable = false) public Instant decidedAt;

    public static Optional<Resolution> ofItem(long agendaItemId) {
        return find("agendaItemId", agendaItemId).firstResultOptional();
    }

    public static List<Resolution> ofMeeting(long meetingId) {
        return list("meetingId = ?1 order by id", meetingId);
    }
}
