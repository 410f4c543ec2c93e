package cn.shangliang.budget;

import io.quarkus.qute.TemplateData;

import static cn.shangliang.budget.BudgetWorkflow.CYCLE;

/**
 * What the visitor may do on a cycle page now, from the permissions ({@link BudgetAccess.Powers}) and the
 * workflow table ({@link BudgetWorkflow#CYCLE}), so the template does not re-encode stages as strings. The
 * services check the same rules again when a form is sent.
 */
@TemplateData
public record CycleActions(boolean startReview, boolean startVote, boolean close, boolean propose, boolean enterPaper,
                           boolean extendVote) {

    static CycleActions of(BudgetAccess.Powers can, CycleStatus status, VoteMode mode) {
        boolean staff = can.staff();
        return new CycleActions(staff && CYCLE.allows(status, CycleStatus.REVIEWING),
                staff && CYCLE.allows(status, CycleStatus.VOTING), staff && CYCLE.allows(status, CycleStatus.CLOSED),
                can.resident() && status == CycleStatus.PROPOSING,
                staff && (status == CycleStatus.PROPOSING || status == CycleStatus.REVIEWING),
                staff && status == CycleStatus.VOTING && mode.hasDeadline());
    }

    /** Whether any stage button shows (their heading). */
    public boolean anyStage() {
        return startReview || startVote || close || extendVote;
    }
}
