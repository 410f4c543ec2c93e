package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.MilestoneView;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Staff record what became of a milestone (issue 19): done on a date, or missed with the reason. Audited; a missed
 * one is also published on the board, where residents and supervisors follow the project.
 */
@ApplicationScoped
public class MilestoneService {

    /** The outcome as the page form and the JSON API send it; {@code doneOn} defaults to today. */
    public record OutcomeForm(@NotNull(message = "budget.milestone.outcome-required") MilestoneStatus outcome,
                              LocalDate doneOn,
                              @Size(max = 1000, message = "budget.milestone.note-length") String note) {
    }

    @Inject
    Clock clock;

    @Inject
    BudgetAccess access;

    @Transactional
    public MilestoneView record(long projectId, long milestoneId, @Valid @NotNull OutcomeForm form) {
        Milestone m = Milestone.findById(milestoneId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.projectId != projectId) {
            throw DomainException.notFound("not-found.milestone");
        }
        BudgetProject p = access.project(m.projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.IMPLEMENT);
        if (p.status != ProjectStatus.IMPLEMENTING && p.status != ProjectStatus.RECTIFYING) {
            throw DomainException.conflict("budget.milestone.project-not-running", p.status);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate doneOn = form.doneOn() == null ? today : form.doneOn();
        String note = ProjectProposalService.blankToNull(form.note());
        Refusal.throwIf(MilestoneWorkflow.checkOutcome(m.status, form.outcome(), doneOn, note, m.dueOn, today));
        boolean late = m.status == MilestoneStatus.MISSED;
        m.status = form.outcome();
        m.doneOn = m.status == MilestoneStatus.DONE ? doneOn : null;
        m.note = note;
        m.recordedBy = access.actor();
        m.recordedAt = clock.instant();
        if (m.status == MilestoneStatus.DONE) {
            access.record("milestone.done", "project", p.id, "「" + p.title + "」节点「" + m.title + "」"
                    + (late ? "补记完成" : "完成") + "于 " + doneOn + "（计划 " + m.dueOn + "）"
                    + (note == null ? "" : "：" + note), c, null, null, null);
        } else {
            access.record("milestone.missed", "project", p.id, "「" + p.title + "」节点「" + m.title + "」未按期（"
                    + m.dueOn + "）完成，原因：" + note, c, "项目节点未按期完成", "/budget/projects/" + p.id, null);
        }
        return MilestoneView.of(m, today);
    }
}
