package cn.shangliang.notification;

/** What a channel sender gets: never an owner's ballot choice, only the kind and the subject it concerns. */
public record Outgoing(long notificationId, NotificationKind kind, RecipientType recipientType, long recipientId,
                       String subjectType, String subjectId, String idempotencyKey) {
}
