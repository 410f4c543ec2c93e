package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Scope;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Staff figures of a community's notifications: per kind per day (China time), and this month's texts. */
@ApplicationScoped
public class NotificationStatsService {

    public record DayCount(String day, String kind, long notifications, long reached, long failed, long skipped) {
    }

    public record SmsSpend(String month, long sent, long costFen, long capFen) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

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

    private void requireStaff(long communityId) {
        Community c = Community.findById(communityId);
        if (c == null) {
            throw DomainException.notFound("not-found.community");
        }
        user.require(new Scope(c.subdistrictId, c.id, null), Role.COMMUNITY_STAFF, Role.SUBDISTRICT_ADMIN, Role.SUPERVISOR);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
