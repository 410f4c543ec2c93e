package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project as the selection rules see it: an id and its exact cost.
 *
 * @param id   unique within one selection; Pabulib ids are strings ("10", "BO.D7.44/24")
 * @param cost exact, never negative; {@link #WITHDRAWN_COST} marks a withdrawn project
 */
public record Project(String id, BigDecimal cost) {

    /** Pabulib's marker for a project withdrawn after the vote: it is never funded. */
    public static final BigDecimal WITHDRAWN_COST = new BigDecimal("999999999");

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cost, "cost");
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("cost of project " + id + " is negative: " + cost);
        }
    }

    public boolean withdrawn() {
        return cost.compareTo(WITHDRAWN_COST) == 0;
    }
}
