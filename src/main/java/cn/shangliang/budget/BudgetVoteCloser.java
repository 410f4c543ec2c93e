package cn.shangliang.budget;

import cn.shangliang.common.lease.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Moves a residents' budget vote on to the notice when its deadline has passed (issue 19), so the result does not
 * wait for staff to remember. One instance runs it, by the database lease; each cycle closes in its own transaction.
 * A vote without a single ballot is left for staff, who see on the vote page that the deadline has passed.
 */
@ApplicationScoped
public class BudgetVoteCloser {

    private static final Logger LOG = Logger.getLogger(BudgetVoteCloser.class);

    @Inject
    JobLease lease;

    @Inject
    SelectionService selection;

    @Scheduled(every = "${shangliang.budget.close-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDue() {
        if (!lease.tryAcquire("budget-vote-close")) {
            return;
        }
        for (long id : selection.dueIds()) {
            try {
                if (selection.closeIfDue(id)) {
                    LOG.infof("budget cycle %d: residents' vote closed at its deadline", id);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "budget cycle %d: the vote could not be closed at its deadline; will retry", id);
            }
        }
    }
}
