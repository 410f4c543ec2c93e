package cn.shangliang.budget;

import cn.shangliang.council.TransitionTableContract;

class CycleWorkflowTest extends TransitionTableContract<CycleStatus> {
    CycleWorkflowTest() {
        super(CycleStatus.class, BudgetWorkflow.CYCLE, "budget.cycle",
                "PROPOSING -> REVIEWING", "REVIEWING -> VOTING", "VOTING -> NOTICE", "NOTICE -> APPROVED",
                "APPROVED -> CLOSED");
    }
}
