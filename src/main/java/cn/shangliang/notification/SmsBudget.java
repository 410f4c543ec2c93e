package cn.shangliang.notification;

import cn.shangliang.common.web.TemplateExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The SMS cost cap per community per month. The month's row is locked before a text is sent and charged after
 * it was accepted, in the delivery's transaction, so the cap holds with two senders; staff of the community are
 * told once a month when spending reaches the warning share.
 */
@ApplicationScoped
public class SmsBudget {

    @Inject
    NotificationConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    People people;

    /** Locks the month and says whether one more text fits under the cap. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SmsMonth reserve(long communityId) {
        String month = month();
        em.createNativeQuery("INSERT IGNORE INTO sms_month (community_id, month, sent, cost_fen, version) "
                + "VALUES (?1, ?2, 0, 0, 0)").setParameter(1, communityId).setParameter(2, month).executeUpdate();
        SmsMonth.Key key = new SmsMonth.Key();
        key.communityId = communityId;
        key.month = month;
        return em.find(SmsMonth.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean fits(SmsMonth m) {
        return m.costFen + config.sms().priceFen() <= config.sms().monthlyCapFen();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void charge(SmsMonth m) {
        m.sent++;
        m.costFen += config.sms().priceFen();
        long cap = config.sms().monthlyCapFen();
        if (m.warnedAt == null && m.costFen * 100 >= cap * config.sms().warnPercent()) {
            m.warnedAt = clock.instant();
            List<String> args = List.of(m.month, yuan(m.costFen), yuan(cap));
            for (long staff : people.staffOf(m.communityId)) {
                notifications.notify(new Notifications.Draft(NotificationKind.SMS_CAP_WARNING, RecipientType.ACCOUNT,
                        staff, "sms_month", m.communityId + "/" + m.month, m.communityId,
                        "/notifications/staff/" + m.communityId, args), java.util.EnumSet.of(Channel.EMAIL));
            }
        }
    }

    String month() {
        return YearMonth.from(clock.instant().atZone(TemplateExtensions.ZONE)).toString();
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
