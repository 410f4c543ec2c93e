package cn.shangliang.notification;

import cn.shangliang.common.audit.AuditLog;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sends due deliveries, one per transaction, with the row locked so two workers never send the same one. */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    AuditLog audit;

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    @Inject
    void senders(@All List<ChannelSender> all) {
        all.forEach(s -> senders.put(s.channel(), s));
    }

    @Transactional
    public List<Long> dueIds() {
        return Delivery.find("select d.id from Delivery d where d.state = ?1 and d.nextAttemptAt <= ?2 order by d.id",
                        DeliveryState.PENDING, clock.instant())
                .project(Long.class).page(0, config.batch()).list();
    }

    /** Tries one delivery if still due; returns its state afterwards. */
    @Transactional
    public DeliveryState attempt(long deliveryId) {
        Delivery d = Delivery.findById(deliveryId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (d == null || d.state != DeliveryState.PENDING || d.nextAttemptAt.isAfter(now)) {
            return d == null ? null : d.state;
        }
        Notification n = Notification.findById(d.notificationId);
        ChannelSender sender = senders.get(d.channel);
        try {
            if (sender == null) {
                throw new IllegalStateException("no sender configured for " + d.channel);
            }
            sender.send(new Outgoing(n.id, n.kind, n.recipientType, n.recipientId, n.subjectType, n.subjectId,
                    d.idempotencyKey));
            d.state = DeliveryState.SENT;
            d.sentAt = now;
            d.lastError = null;
        } catch (Exception e) {
            d.attempts++;
            d.lastError = truncate(String.valueOf(e.getMessage()));
            if (d.attempts >= config.maxAttempts()) {
                d.state = DeliveryState.FAILED;
                audit.record("system", "notification.delivery-failed", "delivery", d.id,
                        d.channel + " after " + d.attempts + " attempts: " + d.lastError);
            } else {
                d.nextAttemptAt = now.plus(Backoff.after(d.attempts, config.retryBase(), config.retryMax()));
            }
            LOG.warnf("delivery %d on %s failed (attempt %d): %s", d.id, d.channel, d.attempts, d.lastError);
        }
        return d.state;
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
