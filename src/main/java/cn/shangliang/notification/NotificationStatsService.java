package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Staff figures of a community's notifications: per kind per day (China time), and this month's texts. */
@ApplicationScoped
public class NotificationStatsService {

    public record DayCount(String day, String kind, long notifications, long reached, long failed, long skipped) {
    }

    public record SmsSpend(String month, long sent, long costFen, long capFen) {
    }

    /** One recent delivery on a channel other than the inbox, with its text as the recipient got it. */
    public record OutboxRow(long deliveryId, Instant at, String channel, String state, String reason, String title,
                            String body, String recipient) {
    }

    @Inject
    EntityManager em;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    SmsBudget smsBudget;

    @Transactional
    public List<DayCount> perKindPerDay(long communityId, int days) {
        requireStaff(communityId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DATE(DATE_ADD(n.created_at, INTERVAL 8 HOUR)) AS day, n.kind, "
                        + "COUNT(DISTINCT n.id), "
                        + "SUM(CASE WHEN d.channel <> 'IN_APP' AND d.state IN ('SENT', 'DELIVERED') THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN d.state = 'FAILED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN d.state = 'SKIPPED' THEN 1 ELSE 0 END) "
                        + "FROM notification n JOIN delivery d ON d.notification_id = n.id "
                        + "WHERE n.community_id = ?1 AND n.created_at >= ?2 GROUP BY day, n.kind ORDER BY day DESC, n.kind")
                .setParameter(1, communityId).setParameter(2, clock.instant().minus(Duration.ofDays(days)))
                .getResultList();
        return rows.stream().map(r -> new DayCount(String.valueOf(r[0]), (String) r[1], num(r[2]), num(r[3]), num(r[4]),
                num(r[5]))).toList();
    }

    @Transactional
    public SmsSpend smsThisMonth(long communityId) {
        requireStaff(communityId);
        String month = smsBudget.month();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sent, cost_fen FROM sms_month WHERE community_id = ?1 AND month = ?2")
                .setParameter(1, communityId).setParameter(2, month).getResultList();
        long sent = rows.isEmpty() ? 0 : num(rows.get(0)[0]);
        long cost = rows.isEmpty() ? 0 : num(rows.get(0)[1]);
        return new SmsSpend(month, sent, cost, config.sms().monthlyCapFen());
    }

    /**
     * The community's latest {@code limit} deliveries on e-mail, SMS, WeChat and paper: what went out, to whom, and
     * why not. In dev, texts "sent" to the dev outbox (no SMS provider) are read here.
     */
    @Transactional
    public List<OutboxRow> outbox(long communityId, int limit, String language) {
        requireStaff(communityId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, COALESCE(d.sent_at, d.next_attempt_at), d.channel, d.state, "
                        + "d.last_error, n.kind, n.args, n.recipient_type, n.recipient_id FROM delivery d "
                        + "JOIN notification n ON n.id = d.notification_id WHERE n.community_id = ?1 AND d.channel <> 'IN_APP' "
                        + "ORDER BY d.id DESC LIMIT " + limit)
                .setParameter(1, communityId).getResultList();
        return rows.stream().map(r -> {
            NotificationKind kind = NotificationKind.valueOf((String) r[5]);
            List<String> args = NotificationTexts.decode((String) r[6]);
            return new OutboxRow(num(r[0]), instant(r[1]),
                    NotificationTexts.text("channel." + r[2], language), NotificationTexts.text("state." + r[3], language),
                    NotificationTexts.reason((String) r[4], language), NotificationTexts.title(kind, args, language),
                    NotificationTexts.body(kind, args, language), r[7] + " #" + r[8]);
        }).toList();
    }

    private void requireStaff(long communityId) {
        people.requireDeliveryFiguresOf(communityId);
    }

    /** A DATETIME column as the driver hands it back (stored in UTC, see quarkus.hibernate-orm.jdbc.timezone). */
    private static Instant instant(Object o) {
        if (o instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC);
        }
        return o instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) o;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
