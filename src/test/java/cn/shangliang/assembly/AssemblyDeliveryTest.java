package cn.shangliang.assembly;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.notification.NotificationTexts;
import cn.shangliang.notification.DeliveryState;
import cn.shangliang.notification.DeliveryService;
import cn.shangliang.notification.DeliveryWorker;
import cn.shangliang.notification.Delivery;
import cn.shangliang.notification.Notification;
import cn.shangliang.notification.NotificationSetting;
import cn.shangliang.notification.Channel;
import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The notice of an owners' assembly: queued to every owner with the publishing, reached or not per channel, the
 * paper list of those not reached, hand delivery recorded as the ballot-delivery record the silent-owners clause
 * counts, and the timed messages (voting open, closing soon to those with nothing on record) sent once.
 */
@QuarkusTest
class AssemblyDeliveryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    DeliveryService deliveries;

    @Inject
    AssemblyTimedNotices timed;

    @Inject
    DeliveryWorker worker;

    private long publish(TestEstate e, String staff, boolean silentClause) {
        if (silentClause) {
            assembly.estateRules(e.estateId(), false, "管理规约第二十条");
        }
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        long id = ((Number) as(staff).body(body).post("/api/assembly/decisions").then().statusCode(201)
                .extract().path("id")).longValue();
        as(staff).post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200);
        // the worker writes the notice's deliveries after publishing (issue 17)
        worker.fanOut();
        return id;
    }

    private static long notices(long decisionId, NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("kind = ?1 and subjectType = ?2 and subjectId = ?3",
                kind, AssemblyDeliveryService.SUBJECT, String.valueOf(decisionId)));
    }

    private static Delivery delivery(long decisionId, long ownerId, Channel channel) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>find("notificationId = (select n.id from "
                        + "Notification n where n.kind = ?1 and n.subjectId = ?2 and n.recipientType = ?3 and n.recipientId = ?4) "
                        + "and channel = ?5", NotificationKind.ASSEMBLY_NOTICE, String.valueOf(decisionId), RecipientType.OWNER,
                ownerId, channel).singleResult());
    }

    @Test
    void theNoticeReachesOwnersOrGoesOnPaperAndHandDeliveryFeedsTheSilentOwnersTally() {
        TestEstate e = assembly.estate(6);
        String staff = assembly.staff(e);
        long id = publish(e, staff, true);
        assertEquals(6, notices(id, NotificationKind.ASSEMBLY_NOTICE));
        assertEquals(DeliveryState.SENT, delivery(id, e.owners().get(0), Channel.IN_APP).state);
        assertEquals(DeliveryState.PENDING, delivery(id, e.owners().get(0), Channel.SMS).state);

        // Owner 0 opens the notice in the inbox; owner 1 gets the text (the test SMS sender).
        String card0 = assembly.card(e.estateId(), e.owners().get(0));
        long inboxId = ((Number) as(card0).get("/api/inbox").then().statusCode(200)
                .body("items[0].title", containsString("续聘物业服务企业")).extract().path("items[0].id")).longValue();
        as(card0).post("/api/inbox/" + inboxId + "/read").then().statusCode(200);
        // owner 1 keeps no quiet hours, so the text goes at whatever time of day the test runs
        QuarkusTransaction.requiringNew().run(() -> {
            NotificationSetting setting = new NotificationSetting();
            setting.recipientType = RecipientType.OWNER;
            setting.recipientId = e.owners().get(1);
            setting.language = "zh";
            setting.persist();
        });
        assertEquals(DeliveryState.SENT, deliveries.attempt(delivery(id, e.owners().get(1), Channel.SMS).id));

        given().cookie("sl_token", staff).get("/assembly/" + id + "/delivery").then().statusCode(200)
                .body(containsString("#" + e.owners().get(2))).body(not(containsString("#" + e.owners().get(1) + "<")))
                .body(containsString("未送达业主"));
        as(staff).get("/api/assembly/" + id + "/delivery").then().statusCode(200)
                .body("owners", equalTo(6)).body("reachedElectronically", equalTo(2)).body("notReached", equalTo(4));

        given().cookie("sl_token", staff).get("/assembly/" + id + "/delivery/print").then().statusCode(200)
                .body(containsString("http://localhost:8080/assembly/" + id + "/vote"))
                .body(containsString("http://localhost:8080/assembly/" + id + "/verification"))
                .body(containsString("a4-notice"));
        String csv = given().cookie("sl_token", staff).get("/assembly/" + id + "/delivery/export?format=csv")
                .then().statusCode(200).extract().asString();
        assertEquals(5, csv.strip().split("\n").length, "heading and four owners");

        // Bad method: 400, nothing recorded. Then hand delivery to owner 4.
        Forms.post("/assembly/" + id + "/delivery", staff).formParam("ownerId", e.owners().get(4)).formParam("method", "FAX")
                .post("/assembly/" + id + "/delivery/paper").then().statusCode(400)
                // the delivery page again (FormPipeline), saying what was wrong
                .body(containsString("选项无效")).body(containsString("/assembly/" + id + "/delivery/paper"));
        assertEquals(0, (long) QuarkusTransaction.requiringNew().call(() -> BallotDelivery.count("decisionId", id)));
        Forms.post("/assembly/" + id + "/delivery", staff).formParam("ownerId", e.owners().get(4)).formParam("method", "HAND")
                .post("/assembly/" + id + "/delivery/paper").then().statusCode(303);
        assertEquals(1, (long) QuarkusTransaction.requiringNew().call(() -> BallotDelivery.count("decisionId", id)));
        assertEquals(DeliveryState.DELIVERED, delivery(id, e.owners().get(4), Channel.PAPER).state);
        as(staff).get("/api/assembly/" + id + "/delivery").then().body("notReached", equalTo(3)).body("paper", equalTo(1));

        // Three owners vote; the owner handed the notice who stays silent is deemed to follow (4 of 6).
        assembly.openVoting(id);
        for (int i = 0; i < 3; i++) {
            as(assembly.card(e.estateId(), e.owners().get(i))).body(Map.of("choice", "AGREE"))
                    .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        }
        assembly.endVoting(id);
        as(staff).post("/api/assembly/decisions/" + id + "/close").then().statusCode(200)
                .body("deemed.silentFollowing.heads", equalTo(1)).body("deemed.tally.agree.heads", equalTo(4));
        assertEquals(6, notices(id, NotificationKind.ASSEMBLY_RESULT));
    }

    @Test
    void onlyStaffOfTheEstateSeeDelivery() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        long id = publish(e, staff, false);
        String otherStaff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, e.communityId() + 100_000).token();
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token();
        as(otherStaff).get("/api/assembly/" + id + "/delivery").then().statusCode(403);
        as(resident).get("/api/assembly/" + id + "/delivery").then().statusCode(403);
        as(assembly.card(e.estateId(), e.owners().get(0))).get("/api/assembly/" + id + "/delivery").then().statusCode(403);
        given().get("/api/assembly/" + id + "/delivery").then().statusCode(401);
        given().cookie("sl_token", staff).cookie("sl_lang", "en").get("/assembly/" + id + "/delivery").then().statusCode(200)
                .body(containsString("Owners not reached"));
        // Figures per kind per day for the community's staff.
        given().cookie("sl_token", staff).get("/notifications/staff/" + e.communityId()).then().statusCode(200)
                .body(containsString("通知统计")).body(containsString("业主共同决定事项公告"))
                .body(containsString("发件箱")).body(containsString("业主共同决定事项公告：续聘物业服务企业"));
        given().cookie("sl_token", resident).get("/notifications/staff/" + e.communityId()).then().statusCode(403);
        given().cookie("sl_token", otherStaff).get("/notifications/staff/" + e.communityId()).then().statusCode(403);
    }

    @Test
    void votingOpenGoesToEveryOwnerOnceAndTheReminderOnlyToThoseWithNothingOnRecord() {
        TestEstate e = assembly.estate(4);
        String staff = assembly.staff(e);
        long id = publish(e, staff, false);
        assembly.openVoting(id);
        as(assembly.card(e.estateId(), e.owners().get(0))).body(Map.of("choice", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        timed.runOnce();
        assertEquals(4, notices(id, NotificationKind.ASSEMBLY_OPEN));
        assertEquals(0, notices(id, NotificationKind.ASSEMBLY_REMINDER), "closes in 10 days: no reminder yet");

        assembly.closingIn(id, Duration.ofDays(2));
        timed.runOnce();
        timed.runOnce();
        assertEquals(4, notices(id, NotificationKind.ASSEMBLY_OPEN), "once");
        assertEquals(3, notices(id, NotificationKind.ASSEMBLY_REMINDER), "not to the owner who voted");
        long toVoter = QuarkusTransaction.requiringNew().call(() -> Notification.count("kind = ?1 and subjectId = ?2 "
                + "and recipientId = ?3", NotificationKind.ASSEMBLY_REMINDER, String.valueOf(id), e.owners().get(0)));
        assertEquals(0, toVoter);
        String text = NotificationTexts.body(NotificationKind.ASSEMBLY_REMINDER, List.of("t", "c"), "zh");
        assertEquals(false, text.contains("反对") || text.contains("同意"), "says nothing of choices");
    }
}
