package cn.shangliang.budget;

import io.quarkus.qute.TemplateData;

import static cn.shangliang.budget.BudgetWorkflow.PROJECT;

/**
 * What the visitor may do on a project page now, from the permissions ({@link BudgetAccess.Powers}) and the
 * workflow table ({@link BudgetWorkflow#PROJECT}): the template shows a form when its flag is set and no longer
 * re-encodes stages as strings. The services check the same rules again when the form is sent.
 */
@TemplateData
public record ProjectActions(boolean review, boolean adjustCost, boolean merge, boolean contract, boolean milestone,
                             boolean milestoneOutcome, boolean report, boolean accept, boolean rate,
                             boolean answerComplaint, boolean complain) {

    static ProjectActions of(BudgetAccess.Powers can, CycleStatus cycle, ProjectStatus p, boolean mergeTargets) {
        boolean reviewing = can.staff() && cycle == CycleStatus.REVIEWING;
        boolean open = reviewing && PROJECT.allows(p, ProjectStatus.MERGED);
        boolean implementing = PROJECT.allows(p, ProjectStatus.COMPLETED);
        return new ProjectActions(reviewing && PROJECT.allows(p, ProjectStatus.ACCEPTED), open, open && mergeTargets,
                can.staff() && PROJECT.allows(p, ProjectStatus.IMPLEMENTING),
                can.staff() && (implementing || PROJECT.allows(p, ProjectStatus.IMPLEMENTING)),
                can.staff() && implementing, can.staff() && implementing, can.staff() && implementing,
                can.resident() && p.takesRatings(), can.supervisor(), can.loggedIn());
    }

    /** Whether any review form shows (the review heading). */
    public boolean reviewing() {
        return review || adjustCost;
    }
}
