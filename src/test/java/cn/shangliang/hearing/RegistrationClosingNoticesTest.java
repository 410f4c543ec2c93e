package cn.shangliang.hearing;

import cn.shangliang.notification.Notification;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Registration closing soon" goes once per hearing, on the day before its last registration day, to the residents
 * of the community who have not applied; a second run (or a second instance) queues nothing more.
 */
@QuarkusTest
class RegistrationClosingNoticesTest {

    @Inject
    HearingFixtures fx;

    @Inject
    RegistrationClosingNotices closing;

    private static long closingNotices(long accountId, long hearingId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                        "kind = ?1 and recipientId = ?2 and subjectType = 'hearing' and subjectId = ?3",
                        NotificationKind.HEARING_REGISTRATION, accountId, String.valueOf(hearingId)).stream()
                .filter(n -> n.args != null && n.args.contains("event:hearing.closing")).count());
    }

    @Test
    void residentsWhoHaveNotRegisteredHearOnceTheDayBeforeTheLastDay() {
        HearingFlow flow = fx.flow().registrationOpen();
        Fixtures.User applied = fx.resident(flow.communityId);
        Fixtures.User notYet = fx.resident(flow.communityId);
        as(applied).body(Map.of("kind", "OBSERVER")).post("/api/hearings/" + flow.id + "/applications").then().statusCode(201);

        closing.runOnce();
        assertEquals(0, closingNotices(notYet.accountId(), flow.id), "two days before the last day: not yet");

        fx.travelTo(flow.closes().minusDays(1));
        closing.runOnce();
        closing.runOnce();
        assertEquals(1, closingNotices(notYet.accountId(), flow.id), "once, however often the job runs");
        assertEquals(0, closingNotices(applied.accountId(), flow.id), "not to someone who has applied");
        assertEquals(0, closingNotices(flow.staff.accountId(), flow.id), "not to staff without a resident record");

        Fixtures.User late = fx.resident(flow.communityId);
        fx.travelTo(flow.closes());
        closing.runOnce();
        assertEquals(0, closingNotices(late.accountId(), flow.id), "the trigger fired already");
        assertEquals(1, closingNotices(notYet.accountId(), flow.id));
    }
}
