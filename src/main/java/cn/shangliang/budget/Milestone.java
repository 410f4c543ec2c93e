package cn.shangliang.budget;

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
import java.time.LocalDate;
import java.util.List;

/** A planned step of a project's implementation. */
@Entity
@Table(name = "budget_milestone")
public class Milestone extends PanacheEntityBase {

    @Version public long version;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long projectId;
    @Column(nullable = false) public String title;
    @Column(nullable = false) public LocalDate dueOn;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public MilestoneStatus status = MilestoneStatus.PLANNED;
    public LocalDate doneOn;

    /** Why it was missed, or a note on how it was done. */
    public String note;
    public String recordedBy;
    public Instant recordedAt;

    public static List<Milestone> ofProject(long projectId) {
        return list("projectId = ?1 order by dueOn, id", projectId);
    }
}
