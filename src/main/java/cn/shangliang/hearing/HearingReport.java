package cn.shangliang.hearing;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** 听证报告: published once, never edited. */
@Entity
@Table(name = "hearing_report")
public class HearingReport extends PanacheEntityBase {

    @Version
    @Column(nullable = false)
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "hearing_id", nullable = false)
    public Long hearingId;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String summary;

    @Column(name = "views_for", nullable = false, columnDefinition = "TEXT")
    public String viewsFor;

    @Column(name = "views_against", nullable = false, columnDefinition = "TEXT")
    public String viewsAgainst;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String adopted;

    @Column(name = "not_adopted", nullable = false, columnDefinition = "TEXT")
    public String notAdopted;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public static Optional<HearingReport> ofHearing(long hearingId) {
        return find("hearingId", hearingId).firstResultOptional();
    }
}
