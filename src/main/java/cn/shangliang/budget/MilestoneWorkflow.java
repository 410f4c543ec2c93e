package cn.shangliang.budget;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.shangliang.budget.MilestoneStatus.DONE;
import static cn.shangliang.budget.MilestoneStatus.MISSED;
import static cn.shangliang.budget.MilestoneStatus.PLANNED;

/**
 * A milestone's outcome (issue 19). A missed step may still be done late, which is then recorded with its date;
 * a step done stays done, so the record residents and supervisors read is never rewritten backwards.
 */
public final class MilestoneWorkflow {

    public static final TransitionTable<MilestoneStatus> TABLE =
            TransitionTable.builder(MilestoneStatus.class, "budget.milestone")
                    .allow(PLANNED, DONE, MISSED)
                    .allow(MISSED, DONE)
                    .build();

    private MilestoneWorkflow() {
    }

    /**
     * Done: on a date that has come (not in the future). Missed: only once its due date has come, and with the
     * reason in words, because supervisors follow up on it.
     */
    public static List<RuleViolation> checkOutcome(MilestoneStatus from, MilestoneStatus to, LocalDate doneOn,
                                                   String reason, LocalDate dueOn, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>(TABLE.check(from, to));
        if (to == DONE && doneOn != null && doneOn.isAfter(today)) {
            violations.add(RuleViolation.invalid("budget.milestone.done-in-future"));
        }
        if (to == MISSED) {
            violations.addAll(RuleViolation.requireText(reason, "budget.milestone.reason-required"));
            if (today.isBefore(dueOn)) {
                violations.add(RuleViolation.conflict("budget.milestone.not-due", dueOn));
            }
        }
        return violations;
    }

    /** A step still planned after its due date: staff are reminded to record what happened. */
    public static boolean unrecorded(MilestoneStatus status, LocalDate dueOn, LocalDate today) {
        return status == PLANNED && dueOn.isBefore(today);
    }
}
