package cn.shangliang.budget;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Tells a project's proposer where their project now stands (review: accepted, rejected or merged; the vote:
 * selected or not; the notice period over: approved), queued in the transaction that moved it. The cycle's own
 * stages and the acceptance are told where they happen (CycleService, ImplementationService).
 */
@ApplicationScoped
class ProjectNotices {

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    void moved(BudgetCycle c, BudgetProject p) {
        moved(c, List.of(p));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void moved(BudgetCycle c, Collection<BudgetProject> projects) {
        for (BudgetProject p : projects) {
            if (p.proposerAccountId != null) {
                notifications.toAccounts(NotificationKind.BUDGET_UPDATE, List.of(p.proposerAccountId), "budget-project",
                        p.id, c.communityId, "/budget/projects/" + p.id, p.title, "label:ProjectStatus." + p.status.name());
            }
        }
    }
}
