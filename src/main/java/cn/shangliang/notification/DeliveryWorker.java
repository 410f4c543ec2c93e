package cn.shangliang.notification;

import cn.shangliang.common.lease.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the outbox. One instance holds the lease; each run first writes the deliveries of notices queued to many
 * owners ({@link DeliveryFanOut}, batch by batch, for at most {@code fan-out-per-run}), then tries each due
 * delivery in its own transaction. Both are safe when two instances run at once (row locks, unique keys).
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String LEASE = "notification-send";

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    JobLease lease;

    @Inject
    DeliveryService deliveries;

    @Inject
    DeliveryFanOut fanOut;

    @Inject
    NotificationConfig config;

    @Scheduled(every = "${shangliang.notification.send-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        if (!lease.tryAcquire(LEASE)) {
            return;
        }
        runOnce();
    }

    /** One pass over what is due now; returns how many deliveries were tried. */
    int runOnce() {
        fanOut();
        int tried = 0;
        for (long id : deliveries.dueIds()) {
            try {
                deliveries.attempt(id);
                tried++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "delivery %d could not be attempted; will retry", id);
            }
        }
        return tried;
    }

    /** Writes deliveries of queued notices until none is left or this run's share of time is used. */
    public void fanOut() {
        // elapsed time of this run, not a time of day: the injected clock may stand still in tests and demos
        long until = System.nanoTime() + config.fanOutPerRun().toNanos();
        for (long id : fanOut.openIds()) {
            try {
                while (fanOut.step(id)) {
                    if (System.nanoTime() > until) {
                        return;
                    }
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "deliveries of fan-out %d could not be written; will retry", id);
            }
        }
    }
}
