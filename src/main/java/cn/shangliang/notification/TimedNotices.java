package cn.shangliang.notification;

import cn.shangliang.common.lease.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The skeleton of a timed notice job ("voting open", "closing soon", "overdue"): on the instance holding the job's
 * lease, find what is due and fire each in its own transaction (the caller's {@code fire}, which inserts the event's
 * once-only trigger with its notifications), so one failing subject is logged and tried again on the next run
 * without holding up the others.
 */
@ApplicationScoped
public class TimedNotices {

    private static final Logger LOG = Logger.getLogger(TimedNotices.class);

    @Inject
    JobLease lease;

    @Inject
    @Any
    Instance<TimedNotice> jobs;

    /** Every {@link TimedNotice} job, each on the instance that holds its lease. */
    @Scheduled(every = "${shangliang.notification.timed-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (TimedNotice job : jobs) {
            underLease(job.lease(), job::dueIds, job::fire);
        }
    }

    /** The scheduled run: nothing unless this instance holds {@code leaseName}. Returns how many were told. */
    public int underLease(String leaseName, Supplier<List<Long>> due, ToIntFunction<Long> fire) {
        return lease.tryAcquire(leaseName) ? each(leaseName, due, fire) : 0;
    }

    /**
     * A closing job (a vote whose time is up): under the lease, each due subject is closed in its own transaction,
     * {@code closeIfDue} saying whether it was, and each closed one is logged with {@code closedMessage} (its id
     * for {@code %d}). Returns how many closed.
     */
    public int closeUnderLease(String leaseName, Supplier<List<Long>> due, LongPredicate closeIfDue, String closedMessage) {
        return underLease(leaseName, due, id -> {
            boolean closed = closeIfDue.test(id);
            if (closed) {
                LOG.infof(closedMessage, id);
            }
            return closed ? 1 : 0;
        });
    }

    /** One pass over the due subjects; returns the sum of what {@code fire} returned. */
    public int each(String job, Supplier<List<Long>> due, ToIntFunction<Long> fire) {
        int told = 0;
        for (long id : due.get()) {
            try {
                told += fire.applyAsInt(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s: subject %d failed; will retry", job, id);
            }
        }
        return told;
    }
}
