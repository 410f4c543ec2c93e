package cn.shangliang.notification;

import cn.shangliang.common.lease.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Sends the outbox. One instance holds the lease; each delivery is tried in its own transaction. */
@ApplicationScoped
public class DeliveryWorker {

    static final String LEASE = "notification-send";

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    JobLease lease;

    @Inject
    DeliveryService deliveries;

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
}
