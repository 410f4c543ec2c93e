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

/** One person's rating of one report of a follow-up. */
@Entity
@Table(name = "follow_up_rating")
public class FollowUpRatingEntry extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long followUpId;
    public int reportNo;
    @Column(nullable = false) public Long accountId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public FollowUpRating rating;
    public String comment;
    @Column(nullable = false) public Instant createdAt;

    public static List<FollowUpRatingEntry> ofFollowUp(long followUpId) {
        return list("followUpId = ?1 order by id", followUpId);
    }
}
