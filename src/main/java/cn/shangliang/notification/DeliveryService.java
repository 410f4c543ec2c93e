package cn.shangliang.notification;

import cn.shangliang.common.config.SiteConfig;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.TemplateExtensions;
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
import java.util.Optional;

/**
 * Sends due deliveries, one per transaction, with the row locked so two workers never send the same one. The
 * person's choices, addresses, quiet hours and the SMS cap are read here, at send time, so a change made after a
 * message was queued still counts; every outcome is kept on the delivery with its reason.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    SiteConfig site;

    @Inject
    AuditLog audit;

    @Inject
    Recipients recipients;

    @Inject
    SmsBudget smsBudget;

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    @Inject
    void senders(@All List<ChannelSender> all) {
        all.forEach(s -> senders.merge(s.channel(), s, (a, b) -> b.priority() > a.priority() ? b : a));
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
        if (n.kind.switchable(d.channel) && Preferences.optedOut(n.recipientType, n.recipientId, n.kind, d.channel)) {
            return skip(d, "skipped.preference");
        }
        ChannelSender sender = senders.get(d.channel);
        if (sender == null) {
            return skip(d, "skipped.not-configured");
        }
        Contact contact = recipients.contact(n.recipientType, n.recipientId);
        SmsMonth month = null;
        if (d.channel == Channel.SMS) {
            Optional<Instant> later = QuietHours.deferUntil(now, TemplateExtensions.ZONE, contact.quietFrom(),
                    contact.quietUntil());
            if (later.isPresent()) {
                d.nextAttemptAt = later.get();
                return d.state;
            }
            Long community = n.communityId != null ? n.communityId : contact.communityId();
            if (community != null && contact.phone() != null) {
                month = smsBudget.reserve(community);
                if (!smsBudget.fits(month)) {
                    return skip(d, "skipped.sms-cap");
                }
            }
        }
        SendResult result;
        // No answer (timeout, broken connection): the provider may have accepted it, so the next try repeats
        // the same request (same send number) rather than making a new one.
        boolean answered = true;
        try {
            result = sender.send(outgoing(n, d, contact));
        } catch (Exception e) {
            result = SendResult.retry(String.valueOf(e.getMessage()));
            answered = false;
        }
        switch (result.outcome()) {
            case SENT -> {
                d.state = DeliveryState.SENT;
                d.sentAt = now;
                d.lastError = null;
                d.providerRef = truncate(result.detail(), 100);
                if (month != null) {
                    smsBudget.charge(month);
                }
            }
            case SKIP -> skip(d, result.detail());
            case FAIL -> fail(d, result.detail());
            case RETRY -> {
                d.attempts++;
                if (answered) {
                    d.sendSeq++;
                }
                d.lastError = truncate(String.valueOf(result.detail()), 300);
                if (d.attempts >= config.maxAttempts()) {
                    fail(d, d.lastError);
                } else {
                    d.nextAttemptAt = now.plus(Backoff.after(d.attempts, config.retryBase(), config.retryMax()));
                }
                LOG.warnf("delivery %d on %s failed (attempt %d): %s", d.id, d.channel, d.attempts, d.lastError);
            }
        }
        return d.state;
    }

    private Outgoing outgoing(Notification n, Delivery d, Contact contact) {
        List<String> args = NotificationTexts.decode(n.args);
        String language = contact.language();
        return new Outgoing(n.id, n.kind, n.recipientType, n.recipientId, n.subjectType, n.subjectId,
                d.idempotencyKey, d.sendSeq, contact, NotificationTexts.title(n.kind, args, language),
                NotificationTexts.body(n.kind, args, language),
                site.url(n.link == null ? "/inbox" : n.link),
                args.stream().map(a -> NotificationTexts.argument(a, language)).toList());
    }

    private static DeliveryState skip(Delivery d, String reason) {
        d.state = DeliveryState.SKIPPED;
        d.lastError = truncate(reason, 300);
        return d.state;
    }

    private void fail(Delivery d, String reason) {
        d.state = DeliveryState.FAILED;
        d.lastError = truncate(String.valueOf(reason), 300);
        audit.record("system", "notification.delivery-failed", "delivery", d.id,
                d.channel + " after " + d.attempts + " attempts: " + d.lastError);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
