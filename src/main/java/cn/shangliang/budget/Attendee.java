package cn.shangliang.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A council member present at the budget vote meeting (签到), as staff recorded. */
@Entity
@Table(name = "budget_attendee")
public class Attendee extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long cycleId;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public String name;

    public static List<Attendee> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by id", cycleId);
    }

    public static boolean present(long cycleId, long accountId) {
        return count("cycleId = ?1 and accountId = ?2", cycleId, accountId) > 0;
    }
}
