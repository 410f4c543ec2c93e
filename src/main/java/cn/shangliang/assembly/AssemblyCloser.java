package cn.shangliang.assembly;

import cn.shangliang.notification.TimedNotices;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Closes and counts every decision whose window (and the 10-minute change grace) has ended, and publishes the
 * result at once. One instance runs it, by the database lease; each decision closes in its own transaction, and one
 * that fails is logged and tried again on the next run.
 */
@ApplicationScoped
public class AssemblyCloser {

    @Inject
    TimedNotices timed;

    @Inject
    TallyService tally;

    @Scheduled(every = "${shangliang.assembly.close-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDue() {
        timed.closeUnderLease("assembly-close", tally::dueIds, tally::closeIfDue, "assembly decision %d closed and counted");
    }
}
