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
import java.util.Optional;

/** 落实与反馈: carrying out one passed resolution, with a responsible party and a due date. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resolution_id", nullable = false)
    public Long resolutionId;

    @Column(name = "council_id", nullable = false)
    public Long councilId;

    @Column(nullable = false)
    public String responsible;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;

    /** How many reports were made; each report is rated on its own. */
    @Column(name = "report_count", nullable = false)
    public int reportCount;

    /** The latest report (the closing report once closed). */
    @Column(columnDefinition = "TEXT")
    public String report;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<FollowUp> ofResolution(long resolutionId) {
        return find("resolutionId", resolutionId).firstResultOptional();
    }
}
