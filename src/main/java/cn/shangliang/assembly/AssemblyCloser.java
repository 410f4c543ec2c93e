package cn.shangliang.assembly;

import cn.shangliang.common.lease.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Closes and counts every decision whose window (and the 10-minute change grace) has ended, and publishes the
 * result at once. One instance runs it, by the database lease; each decision closes in its own transaction.
 */
@ApplicationScoped
public class AssemblyCloser {

    private static final Logger LOG = Logger.getLogger(AssemblyCloser.class);

    @Inject
    JobLease lease;

    @Inject
    TallyService tally;

    @Scheduled(every = "${shangliang.assembly.close-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDue() {
        if (!lease.tryAcquire("assembly-close")) {
            return;
        }
        for (long id : tally.dueIds()) {
            try {
                if (tally.closeIfDue(id)) {
                    LOG.infof("assembly decision %d closed and counted", id);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "assembly decision %d could not be closed; will retry", id);
            }
        }
    }
}
