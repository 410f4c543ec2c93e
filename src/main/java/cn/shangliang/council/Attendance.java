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

import java.time.Instant;
import java.util.List;

/** 签到: a member or an invited participant present at a meeting. */
@Entity
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {

    public enum Method { STAFF, SELF }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long meetingId;

    /** Null for an invited participant, who is present but neither counts for quorum nor votes. */
    public Long memberId;
    @Column(nullable = false) public String name;
    public String affiliation;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Method method;
    @Column(nullable = false) public Instant checkedInAt;

    public static List<Attendance> ofMeeting(long meetingId) {
        return list("meetingId = ?1 order by checkedInAt, id", meetingId);
    }

    public static int membersPresent(long meetingId) {
        return Math.toIntExact(count("meetingId = ?1 and memberId is not null", meetingId));
    }
}
