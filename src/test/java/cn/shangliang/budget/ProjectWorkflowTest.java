package cn.shangliang.budget;

import cn.shangliang.council.TransitionTableContract;

class ProjectWorkflowTest extends TransitionTableContract<ProjectStatus> {
    ProjectWorkflowTest() {
        super(ProjectStatus.class, BudgetWorkflow.PROJECT, "budget.project",
                "SUBMITTED -> ACCEPTED, REJECTED, MERGED",
                "ACCEPTED -> SELECTED, NOT_SELECTED, MERGED",
                "SELECTED -> APPROVED",
                "APPROVED -> IMPLEMENTING",
                "IMPLEMENTING -> COMPLETED, RECTIFYING, FAILED",
                "RECTIFYING -> COMPLETED, RECTIFYING, FAILED");
    }
}
