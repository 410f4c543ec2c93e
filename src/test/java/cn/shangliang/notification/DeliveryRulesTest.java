package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.Owner;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the sender decides at send time: choices, quiet hours, the SMS cost cap with its warning, unconfigured channels. */
@QuarkusTest
class DeliveryRulesTest {

    @Inject
    Notifications notifications;

    @Inject
    DeliveryService deliveries;

    @Inject
    TestSmsSender sms;

    @Inject
    MovableClock clock;

    @Inject
    CardFixtures cards;

    @Inject
    Fixtures fixtures;

    @Inject
    NotificationConfig config;

    TestWorld.Place place;
    long owner;

    @BeforeEach
    void setUp() {
        sms.reset();
        // 10:00 in China.
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        place = cards.estate();
        owner = cards.owner(place.estateId(), "李四");
        QuarkusTransaction.requiringNew().run(() -> Owner.<Owner>findById(owner).phone = "13800000000");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        sms.reset();
    }

    private long queue(NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.notify(new Notifications.Draft(kind,
                RecipientType.OWNER, owner, "test", "x", place.communityId(), "/assembly/1", List.of("t", "a", "b", "c"))));
    }

    private Delivery delivery(long notificationId, Channel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find(
                "notificationId = ?1 and channel = ?2", notificationId, channel).singleResult());
    }

    private DeliveryState attempt(long notificationId, Channel channel) {
        return deliveries.attempt(delivery(notificationId, channel).id);
    }

    @Test
    void aChannelSwitchedOffIsSkippedWithItsReason() {
        QuarkusTransaction.requiringNew().run(() -> Preferences.replaceOptOuts(new RecipientKey(RecipientType.OWNER, owner),
                Set.of("ASSEMBLY_RESULT/SMS", "ASSEMBLY_RESULT/IN_APP")));
        long id = queue(NotificationKind.ASSEMBLY_RESULT);
        assertEquals(DeliveryState.SKIPPED, attempt(id, Channel.SMS));
        assertEquals("skipped.preference", delivery(id, Channel.SMS).lastError);
        assertEquals(DeliveryState.SKIPPED, delivery(id, Channel.IN_APP).state);
        assertTrue(sms.sentKeys.isEmpty());
    }

    @Test
    void anAssemblyNoticeStaysInTheInboxWhateverWasChosen() {
        QuarkusTransaction.requiringNew().run(() -> Preferences.replaceOptOuts(new RecipientKey(RecipientType.OWNER, owner),
                Set.of("ASSEMBLY_NOTICE/IN_APP")));
        long id = queue(NotificationKind.ASSEMBLY_NOTICE);
        assertEquals(DeliveryState.SENT, delivery(id, Channel.IN_APP).state);
    }

    @Test
    void aTextDueAtNightWaitsForTheMorning() {
        clock.set(Instant.parse("2026-12-01T15:00:00Z")); // 23:00 in China
        long id = queue(NotificationKind.ASSEMBLY_OPEN);
        assertEquals(DeliveryState.PENDING, attempt(id, Channel.SMS));
        Delivery d = delivery(id, Channel.SMS);
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), d.nextAttemptAt);
        assertEquals(0, d.attempts);
        assertTrue(sms.sentKeys.isEmpty());
        clock.set(Instant.parse("2026-12-02T00:00:00Z"));
        assertEquals(DeliveryState.SENT, attempt(id, Channel.SMS));
    }

    @Test
    void theMonthlyCapStopsTextsAndStaffAreWarnedNearIt() {
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, place.communityId());
        long cap = config.sms().monthlyCapFen();
        long price = config.sms().priceFen();
        QuarkusTransaction.requiringNew().run(() -> SmsMonth.getEntityManager().createNativeQuery(
                        "INSERT INTO sms_month (community_id, month, sent, cost_fen, version) VALUES (?1, '2026-12', 0, ?2, 0)")
                .setParameter(1, place.communityId()).setParameter(2, cap - 2 * price).executeUpdate());
        long first = queue(NotificationKind.ASSEMBLY_OPEN);
        long second = queue(NotificationKind.ASSEMBLY_REMINDER);
        long third = queue(NotificationKind.ASSEMBLY_RESULT);
        assertEquals(DeliveryState.SENT, attempt(first, Channel.SMS));
        assertEquals(DeliveryState.SENT, attempt(second, Channel.SMS));
        assertEquals(DeliveryState.SKIPPED, attempt(third, Channel.SMS));
        assertEquals("skipped.sms-cap", delivery(third, Channel.SMS).lastError);
        assertEquals(2, sms.sentKeys.size());
        SmsMonth month = QuarkusTransaction.requiringNew().call(() -> SmsMonth.<SmsMonth>find(
                "communityId = ?1 and month = '2026-12'", place.communityId()).singleResult());
        assertEquals(cap, month.costFen);
        assertNotNull(month.warnedAt);
        long warnings = QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "kind = ?1 and recipientType = ?2 and recipientId = ?3", NotificationKind.SMS_CAP_WARNING,
                RecipientType.ACCOUNT, staff.accountId()));
        assertEquals(1, warnings, "warned once, not per text");
    }

    @Test
    void anUnconfiguredChannelIsSkippedAndTheAppRunsOn() {
        long id = queue(NotificationKind.ASSEMBLY_OPEN);
        assertEquals(DeliveryState.SKIPPED, attempt(id, Channel.EMAIL));
        assertEquals("skipped.not-configured", delivery(id, Channel.EMAIL).lastError);
        assertEquals(DeliveryState.SKIPPED, attempt(id, Channel.WECHAT));
        assertEquals("skipped.not-configured", delivery(id, Channel.WECHAT).lastError);
    }
}
