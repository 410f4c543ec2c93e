package cn.shangliang.budget;

import cn.shangliang.council.TransitionTableContract;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.shangliang.testsupport.Violations.codes;
import static cn.shangliang.budget.MilestoneStatus.DONE;
import static cn.shangliang.budget.MilestoneStatus.MISSED;
import static cn.shangliang.budget.MilestoneStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: a milestone is done or missed; missed may still be done late; done stays done. */
class MilestoneWorkflowTest extends TransitionTableContract<MilestoneStatus> {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    MilestoneWorkflowTest() {
        super(MilestoneStatus.class, MilestoneWorkflow.TABLE, "budget.milestone", "PLANNED -> DONE, MISSED", "MISSED -> DONE");
    }

    @Test
    void doneNeedsADateThatHasCome() {
        assertEquals(List.of(), MilestoneWorkflow.checkOutcome(PLANNED, DONE, TODAY, null, TODAY.plusDays(9), TODAY));
        assertEquals(List.of("budget.milestone.done-in-future"),
                codes(MilestoneWorkflow.checkOutcome(PLANNED, DONE, TODAY.plusDays(1), null, TODAY, TODAY)));
        assertEquals(List.of(), MilestoneWorkflow.checkOutcome(MISSED, DONE, TODAY, null, TODAY.minusDays(9), TODAY));
        assertEquals(List.of("budget.milestone.transition.not-allowed"),
                codes(MilestoneWorkflow.checkOutcome(DONE, DONE, TODAY, null, TODAY, TODAY)));
    }

    @Test
    void missedNeedsItsDateToHaveComeAndAReason() {
        assertEquals(List.of(), MilestoneWorkflow.checkOutcome(PLANNED, MISSED, TODAY, "缺货", TODAY, TODAY));
        assertEquals(List.of("budget.milestone.reason-required"),
                codes(MilestoneWorkflow.checkOutcome(PLANNED, MISSED, TODAY, " ", TODAY.minusDays(1), TODAY)));
        assertEquals(List.of("budget.milestone.not-due"),
                codes(MilestoneWorkflow.checkOutcome(PLANNED, MISSED, TODAY, "缺货", TODAY.plusDays(1), TODAY)));
        assertEquals(List.of("budget.milestone.transition.not-allowed"),
                codes(MilestoneWorkflow.checkOutcome(DONE, MISSED, TODAY, "x", TODAY, TODAY)));
    }

    @Test
    void aPlannedStepPastItsDateIsUnrecorded() {
        assertTrue(MilestoneWorkflow.unrecorded(PLANNED, TODAY.minusDays(1), TODAY));
        assertFalse(MilestoneWorkflow.unrecorded(PLANNED, TODAY, TODAY));
        assertFalse(MilestoneWorkflow.unrecorded(MISSED, TODAY.minusDays(1), TODAY));
    }
}
