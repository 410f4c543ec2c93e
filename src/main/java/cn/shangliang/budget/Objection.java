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

/** 异议: a resident's objection to the selected list during the notice period, answered by staff. */
@Entity
@Table(name = "budget_objection")
public class Objection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cycle_id", nullable = false)
    public Long cycleId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

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

    public static List<Objection> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by id", cycleId);
    }

    public static long unanswered(long cycleId) {
        return count("cycleId = ?1 and answeredAt is null", cycleId);
    }
}
