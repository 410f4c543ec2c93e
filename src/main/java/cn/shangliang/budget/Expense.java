package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** One expense recorded with a progress report. */
@Entity
@Table(name = "budget_expense")
public class Expense extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long projectId;
    @Column(nullable = false) public Long reportId;
    @Column(nullable = false) public String description;
    public long amountFen;

    public static List<Expense> ofProject(long projectId) {
        return list("projectId = ?1 order by id", projectId);
    }

    public static long spentFen(long projectId) {
        Long sum = find("select coalesce(sum(amountFen), 0) from Expense where projectId = ?1", projectId)
                .project(Long.class).firstResult();
        return sum == null ? 0 : sum;
    }
}
