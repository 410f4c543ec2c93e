package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deliveries of a notice to many owners, created by the worker after the notice's transaction committed (issue
 * 17: at a million owners, four deliveries each written while publishing were most of the publication). The
 * publishing transaction writes the notification rows, which are the inbox entries, and one fan-out row naming them
 * (kind, subject, time, and the id before the first); each {@link #step} then writes the deliveries of the next
 * batch of those notifications in id order and moves the fan-out's cursor in the same transaction, holding the
 * fan-out row's lock. So a crash between batches loses nothing (the cursor did not move past what was not written),
 * two workers never write one batch at once (the second waits for the lock and then reads the moved cursor), and a
 * batch written again writes nothing twice (one delivery per notification and channel, a unique key). Sending, with
 * the person's choices, quiet hours and the SMS cap, is the worker's as for every other delivery.
 */
@ApplicationScoped
public class DeliveryFanOut {

    static final String IN_APP_OPTED_OUT = "skipped.preference";

    /** A fan-out ({@code f}, its id the first parameter) and its notifications not yet written ({@code n}). */
    private static final String ITS_NOTIFICATIONS = "FROM notification_fan_out f JOIN notification n "
            + "ON n.id > f.after_notification_id AND n.kind = f.kind AND n.subject_type = f.subject_type "
            + "AND n.subject_id = f.subject_id AND n.created_at = f.created_at AND n.recipient_type = 'OWNER' ";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    /**
     * Records, in the caller's transaction, that the notifications of {@code kind} about the subject created at
     * {@code createdAt} with ids above {@code afterId} are to get a delivery on each of {@code channels}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void queue(NotificationKind kind, String subjectType, String subjectId, Instant createdAt, Set<Channel> channels,
               long afterId) {
        em.createNativeQuery("INSERT INTO notification_fan_out (kind, subject_type, subject_id, created_at, channels, "
                        + "after_notification_id, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)")
                .setParameter(1, kind.name()).setParameter(2, subjectType).setParameter(3, subjectId)
                .setParameter(4, createdAt)
                .setParameter(5, channels.stream().map(Channel::name).sorted().collect(Collectors.joining(",")))
                .setParameter(6, afterId).executeUpdate();
    }

    /** Fan-outs not finished yet, oldest first. */
    @Transactional
    public List<Long> openIds() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM notification_fan_out WHERE done_at IS NULL ORDER BY id LIMIT 100")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Writes the deliveries of the next batch of the fan-out's notifications; returns whether any remain. */
    @Transactional
    public boolean step(long fanOutId) {
        return step(fanOutId, config.fanOutBatch());
    }

    @Transactional
    public boolean step(long fanOutId, int batch) {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("SELECT kind, channels FROM notification_fan_out "
                + "WHERE id = ?1 AND done_at IS NULL FOR UPDATE").setParameter(1, fanOutId).getResultList();
        if (open.isEmpty()) {
            return false;
        }
        NotificationKind kind = NotificationKind.valueOf((String) open.get(0)[0]);
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String c : ((String) open.get(0)[1]).split(",")) {
            channels.add(Channel.valueOf(c));
        }
        Object[] next = (Object[]) em.createNativeQuery("SELECT MAX(t.id), COUNT(*) FROM (SELECT n.id "
                        + ITS_NOTIFICATIONS + "WHERE f.id = ?1 ORDER BY n.id LIMIT ?2) t")
                .setParameter(1, fanOutId).setParameter(2, batch).getSingleResult();
        int found = ((Number) next[1]).intValue();
        if (found > 0) {
            write(fanOutId, kind, channels, ((Number) next[0]).longValue());
        }
        boolean done = found < batch;
        em.createNativeQuery("UPDATE notification_fan_out SET after_notification_id = COALESCE(?2, after_notification_id), "
                        + "done_at = ?3, version = version + 1 WHERE id = ?1")
                .setParameter(1, fanOutId).setParameter(2, found > 0 ? ((Number) next[0]).longValue() : null)
                .setParameter(3, done ? clock.instant() : null).executeUpdate();
        return !done;
    }

    /**
     * One delivery per notification up to {@code upTo} and channel, due from the notification's time as if written
     * with it. The inbox (IN_APP) is delivered by the notification row itself: SENT at its time, or SKIPPED when the
     * person switched the kind off in the inbox (then the notification was written read, see Notifications).
     */
    private void write(long fanOutId, NotificationKind kind, Set<Channel> channels, long upTo) {
        String channelRows = channels.stream().map(c -> "SELECT '" + c.name() + "' AS channel")
                .collect(Collectors.joining(" UNION ALL "));
        em.createNativeQuery("INSERT INTO delivery (notification_id, channel, idempotency_key, state, attempts, "
                        + "next_attempt_at, sent_at, last_error, version) "
                        + "SELECT n.id, c.channel, UUID(), CASE WHEN c.channel <> 'IN_APP' THEN 'PENDING' "
                        + "WHEN x.recipient_id IS NULL THEN 'SENT' ELSE 'SKIPPED' END, 0, n.created_at, "
                        + "CASE WHEN c.channel = 'IN_APP' AND x.recipient_id IS NULL THEN n.created_at END, "
                        + "CASE WHEN x.recipient_id IS NOT NULL THEN ?3 END, 0 "
                        + ITS_NOTIFICATIONS + "CROSS JOIN (" + channelRows + ") c "
                        + "LEFT JOIN notification_opt_out x ON ?4 AND c.channel = 'IN_APP' AND x.recipient_type = n.recipient_type "
                        + "AND x.recipient_id = n.recipient_id AND x.kind = n.kind AND x.channel = 'IN_APP' "
                        + "WHERE f.id = ?1 AND n.id <= ?2 ON DUPLICATE KEY UPDATE version = delivery.version")
                .setParameter(1, fanOutId).setParameter(2, upTo).setParameter(3, IN_APP_OPTED_OUT)
                .setParameter(4, kind.switchable(Channel.IN_APP)).executeUpdate();
    }
}
