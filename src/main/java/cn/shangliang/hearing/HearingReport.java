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

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long hearingId;
    @Column(nullable = false) public String summary;
    @Column(nullable = false) public String viewsFor;
    @Column(nullable = false) public String viewsAgainst;
    @Column(nullable = false) public String adopted;
    @Column(nullable = false) public String notAdopted;
    @Column(nullable = false) public Instant publishedAt;
    @Column(nullable = false) public String publishedBy;

    public static Optional<HearingReport> ofHearing(long hearingId) {
        return find("hearingId", hearingId).firstResultOptional();
    }
}
