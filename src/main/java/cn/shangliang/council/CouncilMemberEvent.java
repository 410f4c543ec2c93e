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

/** One change of a council's membership: the membership history. */
@Entity
@Table(name = "council_member_event")
public class CouncilMemberEvent extends PanacheEntityBase {

    public enum Kind { JOINED, LEFT, CHAIR_SET, CHAIR_ENDED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long councilId;
    @Column(nullable = false) public Long memberId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Kind kind;
    @Column(nullable = false) public Instant occurredAt;
    @Column(nullable = false) public String actor;
    public String note;

    public static CouncilMemberEvent record(CouncilMember member, Kind kind, Instant at, String actor, String note) {
        CouncilMemberEvent e = new CouncilMemberEvent();
        e.councilId = member.councilId;
        e.memberId = member.id;
        e.kind = kind;
        e.occurredAt = at;
        e.actor = actor;
        e.note = note;
        e.persist();
        return e;
    }

    public static List<CouncilMemberEvent> ofCouncil(long councilId) {
        return list("councilId = ?1 order by occurredAt desc, id desc", councilId);
    }
}
