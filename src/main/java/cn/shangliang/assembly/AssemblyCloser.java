package cn.shangliang.assembly;

import cn.shangliang.notification.TimedNotices;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Closes and counts every decision whose window (and the 10-minute change grace) has ended, and publishes the
 * result at once. One instance runs it, by the database lease; each decision closes in its own transaction, and one
 * that fails is logged and tried again on the next run.
 */
@ApplicationScoped
public class AssemblyCloser {

    private static final Logger LOG = Logger.getLogger(AssemblyCloser.class);

    @Inject
    TimedNotices timed;

    @Inject
    TallyService tally;

    @Scheduled(every = "${shangliang.assembly.close-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDue() {
        timed.underLease("assembly-close", tally::dueIds, id -> {
            boolean closed = tally.closeIfDue(id);
            if (closed) {
                LOG.infof("assembly decision %d closed and counted", id);
            }
            return closed ? 1 : 0;
        });
    }
}
