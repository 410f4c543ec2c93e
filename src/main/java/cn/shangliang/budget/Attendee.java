package cn.shangliang.budget;

import cn.shangliang.common.db.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** A council member present at the budget vote meeting (签到), as staff recorded. */
@Entity
@Table(name = "budget_attendee")
public class Attendee extends IdentityEntity {

    @Column(name = "cycle_id", nullable = false)
    public Long cycleId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(nullable = false)
    public String name;

    public static List<Attendee> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by id", cycleId);
    }

    public static boolean present(long cycleId, long accountId) {
        return count("cycleId = ?1 and accountId = ?2", cycleId, accountId) > 0;
    }
}
