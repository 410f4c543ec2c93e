package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The one call features make: queue a notification inside the caller's transaction (transactional outbox), so
 * it exists exactly when the change it reports was committed. Nothing is sent here; DeliveryWorker sends.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public long notify(NotificationKind kind, RecipientType recipientType, long recipientId,
                       String subjectType, Object subjectId, Set<Channel> channels) {
        Instant now = clock.instant();
        Notification n = new Notification();
        n.kind = kind;
        n.recipientType = recipientType;
        n.recipientId = recipientId;
        n.subjectType = subjectType;
        n.subjectId = String.valueOf(subjectId);
        n.createdAt = now;
        n.persist();
        Set<Channel> all = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        all.add(Channel.IN_APP);
        for (Channel channel : all) {
            Delivery d = new Delivery();
            d.notificationId = n.id;
            d.channel = channel;
            d.idempotencyKey = UUID.randomUUID().toString();
            // The inbox row is the notification itself: written means delivered.
            d.state = channel == Channel.IN_APP ? DeliveryState.SENT : DeliveryState.PENDING;
            d.sentAt = channel == Channel.IN_APP ? now : null;
            d.nextAttemptAt = now;
            d.persist();
        }
        return n.id;
    }
}
