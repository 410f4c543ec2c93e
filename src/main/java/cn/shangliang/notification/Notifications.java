package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one call features make: queue a notification inside the caller's transaction (transactional outbox), so
 * it exists exactly when the change it reports was committed. Nothing is sent here; DeliveryWorker sends, and
 * decides there (per person, at send time) whether a channel is switched off, has no address or is not
 * configured. Only the inbox is decided here, because the notification row is the inbox entry.
 */
@ApplicationScoped
public class Notifications {

    /** What a notification says and where it points; {@code args} fill the kind's texts (see NotificationTexts). */
    public record Draft(NotificationKind kind, RecipientType recipientType, long recipientId, String subjectType,
                        Object subjectId, Long communityId, String link, List<String> args) {
    }

    private static final String IN_APP_OPTED_OUT = DeliveryFanOut.IN_APP_OPTED_OUT;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    DeliveryFanOut fanOut;

    @Transactional(Transactional.TxType.MANDATORY)
    public long notify(NotificationKind kind, RecipientType recipientType, long recipientId,
                       String subjectType, Object subjectId, Set<Channel> channels) {
        return notify(new Draft(kind, recipientType, recipientId, subjectType, subjectId, null, null, List.of()),
                channels);
    }

    /** Queues on every electronic channel (each is checked against the person's choices when it is sent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long notify(Draft draft) {
        return notify(draft, draft.kind().defaultChannels());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long notify(Draft draft, Set<Channel> channels) {
        Instant now = clock.instant();
        Notification n = new Notification();
        n.kind = draft.kind();
        n.recipientType = draft.recipientType();
        n.recipientId = draft.recipientId();
        n.subjectType = draft.subjectType();
        n.subjectId = String.valueOf(draft.subjectId());
        n.communityId = draft.communityId();
        n.link = draft.link();
        n.args = NotificationTexts.encode(draft.args());
        n.createdAt = now;
        boolean inAppOff = draft.kind().switchable(Channel.IN_APP) && Preferences.optedOut(
                draft.recipientType(), draft.recipientId(), draft.kind(), Channel.IN_APP);
        if (inAppOff) {
            n.readAt = now;
        }
        n.persist();
        Set<Channel> all = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        all.add(Channel.IN_APP);
        for (Channel channel : all) {
            Delivery d = new Delivery();
            d.notificationId = n.id;
            d.channel = channel;
            d.idempotencyKey = UUID.randomUUID().toString();
            // The inbox row is the notification itself: written means delivered (unless switched off).
            if (channel == Channel.IN_APP) {
                d.state = inAppOff ? DeliveryState.SKIPPED : DeliveryState.SENT;
                d.lastError = inAppOff ? IN_APP_OPTED_OUT : null;
                d.sentAt = inAppOff ? null : now;
            } else {
                d.state = DeliveryState.PENDING;
            }
            d.nextAttemptAt = now;
            d.persist();
        }
        return n.id;
    }

    /**
     * The same message to several accounts (a proposer and the co-signers, a hearing's applicants), each on
     * the kind's default channels. Duplicates in {@code accountIds} are sent once; nulls (no account) are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toAccounts(NotificationKind kind, Collection<Long> accountIds, String subjectType, Object subjectId,
                           Long communityId, String link, String... args) {
        for (Long account : new java.util.LinkedHashSet<>(accountIds)) {
            if (account == null) {
                continue;
            }
            notify(new Draft(kind, RecipientType.ACCOUNT, account, subjectType, subjectId, communityId, link, List.of(args)));
        }
    }

    /** Accounts of the residents of a community (resident records and resident grants), for community-wide news. */
    public List<Long> residentAccounts(long communityId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT account_id FROM resident WHERE community_id = ?1 AND account_id IS NOT NULL "
                        + "UNION SELECT account_id FROM role_grant WHERE role = 'RESIDENT' AND scope_type = 'COMMUNITY' AND scope_id = ?1")
                .setParameter(1, communityId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Queues one notification per owner matching {@code ownerCondition} (recipient type OWNER) with one INSERT …
     * SELECT, and one fan-out for their deliveries on the kind's default channels, which the delivery worker writes
     * after this transaction commits ({@link DeliveryFanOut}): the publishing transaction writes one row per owner,
     * the inbox entry, instead of five (issue 17). Returns how many were queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int notifyOwners(Draft template, String ownerCondition, Object... conditionArgs) {
        em.flush();
        Instant now = clock.instant();
        String subjectId = String.valueOf(template.subjectId());
        var insert = em.createNativeQuery("INSERT INTO notification (kind, recipient_type, recipient_id, subject_type, "
                        + "subject_id, created_at, community_id, link, args, version) "
                        + "SELECT ?1, 'OWNER', o.id, ?2, ?3, ?4, ?5, ?6, ?7, 0 FROM owner o WHERE " + ownerCondition)
                .setParameter(1, template.kind().name())
                .setParameter(2, template.subjectType())
                .setParameter(3, subjectId)
                .setParameter(4, now)
                .setParameter(5, template.communityId())
                .setParameter(6, template.link())
                .setParameter(7, NotificationTexts.encode(template.args()));
        for (int i = 0; i < conditionArgs.length; i++) {
            insert.setParameter(8 + i, conditionArgs[i]);
        }
        int queued = insert.executeUpdate();
        if (queued == 0) {
            return 0;
        }
        // The id of the statement's first row: every row it wrote has that id or a higher one.
        long first = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        if (template.kind().switchable(Channel.IN_APP)) {
            // Switched off in the inbox: written read, as notify() does (the opt-outs are few, so this starts from them).
            em.createNativeQuery("UPDATE notification n JOIN notification_opt_out o ON o.recipient_type = 'OWNER' "
                            + "AND o.recipient_id = n.recipient_id AND o.kind = n.kind AND o.channel = 'IN_APP' "
                            + "SET n.read_at = ?1 WHERE n.id >= ?5 AND n.kind = ?2 AND n.subject_type = ?3 "
                            + "AND n.subject_id = ?4 AND n.created_at = ?1 AND n.recipient_type = 'OWNER'")
                    .setParameter(1, now)
                    .setParameter(2, template.kind().name())
                    .setParameter(3, template.subjectType())
                    .setParameter(4, subjectId)
                    .setParameter(5, first)
                    .executeUpdate();
        }
        fanOut.queue(template.kind(), template.subjectType(), subjectId, now, template.kind().defaultChannels(), first - 1);
        return queued;
    }

    /**
     * Overwrites the text arguments of a person's notifications of one kind, e.g. an activation code once it was
     * used or replaced, so the outbox does not keep a secret longer than it is good for. A message still waiting to
     * be sent goes out with the new arguments.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rewriteArgs(NotificationKind kind, RecipientType recipientType, long recipientId, List<String> args) {
        return Notification.update("args = ?1, version = version + 1 where kind = ?2 and recipientType = ?3 "
                + "and recipientId = ?4", NotificationTexts.encode(args), kind, recipientType, recipientId);
    }

    /** Every owner recorded in the estate (the notice of an owners' assembly goes to all of them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyOwnersOfEstate(Draft template, long estateId) {
        return notifyOwners(template, "o.estate_id = ?8", estateId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyOwnerIds(Draft template, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return 0;
        }
        // Ids are numbers, so they can be written into the statement as they are.
        return notifyOwners(template, "o.id IN (" + ownerIds.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")");
    }

    /**
     * Records that the notification {@code kind} about a subject reached its recipient on paper (handed over or
     * posted), once: the delivery view then counts the recipient as reached. Does nothing when no such
     * notification was queued or paper is already on record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPaperDelivery(NotificationKind kind, String subjectType, Object subjectId,
                                    RecipientType recipientType, long recipientId, String providerRef) {
        Notification n = Notification.<Notification>find("kind = ?1 and subjectType = ?2 and subjectId = ?3 "
                        + "and recipientType = ?4 and recipientId = ?5", kind, subjectType,
                String.valueOf(subjectId), recipientType, recipientId).firstResult();
        if (n != null && Delivery.count("notificationId = ?1 and channel = ?2", n.id, Channel.PAPER) == 0) {
            Instant now = clock.instant();
            Delivery paper = new Delivery();
            paper.notificationId = n.id;
            paper.channel = Channel.PAPER;
            paper.idempotencyKey = UUID.randomUUID().toString();
            paper.state = DeliveryState.DELIVERED;
            paper.nextAttemptAt = now;
            paper.sentAt = now;
            paper.providerRef = providerRef;
            paper.persist();
        }
    }
}
