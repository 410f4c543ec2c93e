package cn.shangliang.budget;

import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** Builds project views with what they add to the row: money spent, the overdue flag, whether it is mine. */
@ApplicationScoped
public class ProjectViews {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public ProjectView of(BudgetProject p) {
        boolean reporting = p.status == ProjectStatus.IMPLEMENTING || p.status == ProjectStatus.RECTIFYING;
        long spent = p.contractFen == null ? 0 : Expense.spentFen(p.id);
        boolean overdue = reporting && ProgressSchedule.overdue(p.status, p.contractedOn, lastReport(p.id), LocalDate.now(clock));
        return ProjectView.of(p, currentUser.accountId().orElse(null), spent, overdue);
    }

    static LocalDate lastReport(long projectId) {
        return ProgressReport.<ProgressReport>find("projectId = ?1 order by reportedOn desc", projectId)
                .firstResultOptional().map(r -> r.reportedOn).orElse(null);
    }
}
