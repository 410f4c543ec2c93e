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

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long resolutionId;
    @Column(nullable = false) public Long councilId;
    @Column(nullable = false) public String responsible;
    @Column(nullable = false) public LocalDate dueDate;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public FollowUpStatus status;

    /** How many reports were made; each report is rated on its own. */
    public int reportCount;

    /** The latest report (the closing report once closed). */
    public String report;
    @Column(nullable = false) public Instant createdAt;
    public Instant closedAt;
    @Version public long version;

    public static Optional<FollowUp> ofResolution(long resolutionId) {
        return find("resolutionId", resolutionId).firstResultOptional();
    }
}
