package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.MilestoneView;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
        BudgetCycle c = access.cycle(p.cycleId, BudgetAction.IMPLEMENT);
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
        // audit summaries and notices are stored records, kept in Chinese like the rest of the budget's record
        BudgetMessages zh = MessageBundles.get(BudgetMessages.class, Localized.Literal.of("zh"));
        if (m.status == MilestoneStatus.DONE) {
            access.record("milestone.done", "project", p.id, zh.record_milestone_done(p.title, m.title, late,
                    doneOn.toString(), m.dueOn.toString(), note == null ? "" : note));
        } else {
            access.record("milestone.missed", "project", p.id, zh.record_milestone_missed(p.title, m.title,
                    m.dueOn.toString(), note), c, zh.record_milestone_missed_title(), "/budget/projects/" + p.id, null);
        }
        return MilestoneView.of(m, today);
    }
}
