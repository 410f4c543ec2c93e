package cn.shangliang.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** 异议: a resident's objection to the selected list during the notice period, answered by staff. */
@Entity
@Table(name = "budget_objection")
public class Objection extends AnsweredText {

    @Column(nullable = false) public Long cycleId;
    @Column(nullable = false) public Long accountId;

    public static List<Objection> ofCycle(long cycleId) {
        return list("cycleId = ?1 order by id", cycleId);
    }

    public static long unanswered(long cycleId) {
        return count("cycleId = ?1 and answeredAt is null", cycleId);
    }
}
