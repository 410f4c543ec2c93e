package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/** 监督: a complaint about a project at any stage, answered by a supervisor. */
@Entity
@Table(name = "budget_complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    /** The audit name of who filed it ({@code account:12}, {@code card:3}). */
    @Column(nullable = false)
    public String author;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String text;

    @Column(columnDefinition = "TEXT")
    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static List<Complaint> ofProject(long projectId) {
        return list("projectId = ?1 order by id", projectId);
    }
}
