package cn.shangliang.notification;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.List;

/**
 * One timed notice job ("voting open", "closing soon", "registration closing"): a feature says what is due and how
 * to fire one subject; {@link TimedNotices} runs every job on a schedule, each under its own lease, and fires each
 * subject in its own transaction. {@code fire} inserts the event's once-only trigger ({@link Triggers}) with its
 * notifications, so neither a second run nor a second instance queues them again.
 */
public abstract class TimedNotice {

    @Inject
    protected Clock clock;

    @Inject
    protected EntityManager em;

    @Inject
    protected Notifications notifications;

    @Inject
    protected NotificationConfig config;

    @Inject
    protected Triggers triggers;

    @Inject
    TimedNotices timed;

    private final String lease;

    /** @param lease the job's lease (one instance runs it), also its name in the log */
    protected TimedNotice(String lease) {
        this.lease = lease;
    }

    /** Public, so that the bean's client proxy hands the call to the bean (a package-private one it cannot). */
    public String lease() {
        return lease;
    }

    /** The subjects due now. */
    protected abstract List<Long> dueIds();

    /** Queues what is due for one subject, in its own transaction; returns how many were told. */
    protected abstract int fire(long id);

    /** One pass without the lease (tests, or a run by hand); returns how many were told. */
    public int runOnce() {
        return timed.each(lease(), this::dueIds, this::fire);
    }
}
