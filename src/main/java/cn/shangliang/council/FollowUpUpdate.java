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

/** A step of a follow-up: progress note, report, closing or reopening. */
@Entity
@Table(name = "follow_up_update")
public class FollowUpUpdate extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long followUpId;

    /** The status after this step. */
    @Enumerated(EnumType.STRING) @Column(nullable = false) public FollowUpStatus status;
    @Column(nullable = false) public String text;
    @Column(nullable = false) public Instant occurredAt;
    @Column(nullable = false) public String actor;

    public static List<FollowUpUpdate> ofFollowUp(long followUpId) {
        return list("followUpId = ?1 order by id", followUpId);
    }
}
