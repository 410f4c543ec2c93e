package cn.shangliang.notification;

import cn.shangliang.common.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a provider reports after it accepted a message: it reached the person (DELIVERED) or it did not (FAILED,
 * with the provider's code and words). A receipt is matched to its delivery by the provider's id of the send
 * ({@code provider_ref}: SMS BizId, WeChat MsgID) or by our idempotency key (the SMS OutId), on the same channel,
 * and applied under the delivery's row lock, so it is safe beside the worker and on two instances.
 * <ul>
 * <li>Idempotent: a replayed receipt changes nothing (DELIVERED is final; a failure only moves a SENT delivery).</li>
 * <li>A success receipt for a delivery still PENDING (the worker crashed after the provider accepted the send and
 * before it committed) marks it DELIVERED, so the worker does not send it again.</li>
 * <li>A success receipt after a failure receipt wins (the person did get it); a receipt never touches a delivery
 * that was skipped or failed for another reason.</li>
 * <li>Unknown ids are counted and ignored, and still acknowledged: a provider retries what is not acknowledged.</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryReceipts {

    static final String RECEIPT_PREFIX = "receipt: ";
    private static final Logger LOG = Logger.getLogger(DeliveryReceipts.class);

    /** One report: {@code providerRef} and/or {@code key}, the outcome, the provider's reason and time. */
    public record Receipt(String providerRef, String key, boolean success, String reason, Instant reportedAt) {
    }

    /** How many receipts of a push changed a delivery, were already applied, or matched nothing. */
    public record Applied(int changed, int unchanged, int unknown) {
    }

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public Applied apply(Channel channel, List<Receipt> receipts) {
        int changed = 0;
        int unchanged = 0;
        int unknown = 0;
        for (Receipt r : receipts) {
            Optional<Delivery> found = find(channel, r);
            if (found.isEmpty()) {
                unknown++;
                LOG.debugf("%s receipt for no known delivery: ref %s, key %s", channel, r.providerRef(), r.key());
                continue;
            }
            if (apply(found.get(), r)) {
                changed++;
            } else {
                unchanged++;
            }
        }
        return new Applied(changed, unchanged, unknown);
    }

    private static Optional<Delivery> find(Channel channel, Receipt r) {
        Optional<Delivery> d = Optional.empty();
        if (r.key() != null && !r.key().isBlank()) {
            d = Delivery.<Delivery>find("idempotencyKey = ?1 and channel = ?2", r.key(), channel)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        }
        if (d.isEmpty() && r.providerRef() != null && !r.providerRef().isBlank()) {
            d = Delivery.<Delivery>find("providerRef = ?1 and channel = ?2", r.providerRef(), channel)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        }
        return d;
    }

    /** Returns whether the delivery changed. */
    private boolean apply(Delivery d, Receipt r) {
        Instant at = r.reportedAt() == null ? clock.instant() : r.reportedAt();
        boolean failedByReceipt = d.state == DeliveryState.FAILED && d.lastError != null
                && d.lastError.startsWith(RECEIPT_PREFIX);
        if (r.success()) {
            if (d.state != DeliveryState.SENT && d.state != DeliveryState.PENDING && !failedByReceipt) {
                return false;
            }
            d.state = DeliveryState.DELIVERED;
            d.lastError = null;
            d.sentAt = d.sentAt == null ? at : d.sentAt;
            d.providerRef = d.providerRef == null ? r.providerRef() : d.providerRef;
            d.receiptAt = at;
            return true;
        }
        if (d.state != DeliveryState.SENT) {
            return false;
        }
        d.state = DeliveryState.FAILED;
        d.lastError = truncate(RECEIPT_PREFIX + r.reason());
        d.receiptAt = at;
        audit.record("system", "notification.delivery-failed", "delivery", d.id, d.channel + " " + d.lastError);
        return true;
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
