package cn.shangliang.notification;

import java.util.List;

/**
 * What a channel sender gets: the kind, the subject, the text already rendered in the recipient's language, the
 * template arguments (for providers with registered templates) and the address. Never an owner's ballot choice.
 * {@code attempt} counts failed tries before this one, so a provider nonce can change per try but not per crash.
 */
public record Outgoing(long notificationId, NotificationKind kind, RecipientType recipientType, long recipientId,
                       String subjectType, String subjectId, String idempotencyKey, int attempt,
                       Contact contact, String title, String body, String link, List<String> args) {
}
