package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A monthly progress report (进度): what was done, how far along, and the money spent (see {@link Expense}). */
@Entity
@Table(name = "budget_progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long projectId;
    @Column(nullable = false) public String text;
    public int percent;
    @Column(nullable = false) public LocalDate reportedOn;
    @Column(nullable = false) public String reportedBy;

    public static List<ProgressReport> ofProject(long projectId) {
        return list("projectId = ?1 order by reportedOn desc, id desc", projectId);
    }
}
