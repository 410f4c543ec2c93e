package cn.shangliang.budget;

import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A planned step of a project's implementation. */
@Entity
@Table(name = "budget_milestone")
public class Milestone extends PanacheEntityBase {

    @Version
    @Column(nullable = false)
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    public static List<Milestone> ofProject(long projectId) {
        return list("projectId = ?1 order by dueOn, id", projectId);
    }
}
