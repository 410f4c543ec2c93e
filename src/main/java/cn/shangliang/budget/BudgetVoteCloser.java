package cn.shangliang.budget;

import cn.shangliang.notification.TimedNotices;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Moves a residents' budget vote on to the notice when its deadline has passed (issue 19), so the result does not
 * wait for staff to remember. One instance runs it, by the database lease; each cycle closes in its own transaction.
 * A vote without a single ballot is left for staff, who see on the vote page that the deadline has passed.
 */
@ApplicationScoped
public class BudgetVoteCloser {

    @Inject
    TimedNotices timed;

    @Inject
    SelectionService selection;

    @Scheduled(every = "${shangliang.budget.close-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDue() {
        timed.closeUnderLease("budget-vote-close", selection::dueIds, selection::closeIfDue,
                "budget cycle %d: residents' vote closed at its deadline");
    }
}
