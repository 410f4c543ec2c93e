package cn.shangliang.notification;

import java.util.List;

/**
 * What a channel sender gets: the kind, the subject, the text already rendered in the recipient's language, the
 * template arguments (for providers with registered templates) and the address. Never an owner's ballot choice.
 * {@code attempt} is the delivery's send number: it changes after a try the provider answered (refused, busy) but
 * not after a crash or a try that ended without an answer, so a provider nonce built from it makes such a repeat
 * the same request (Alibaba refuses a used SignatureNonce: the text was accepted, not sent twice).
 */
public record Outgoing(long notificationId, NotificationKind kind, RecipientType recipientType, long recipientId,
                       String subjectType, String subjectId, String idempotencyKey, int attempt,
                       Contact contact, String title, String body, String link, List<String> args) {
}
