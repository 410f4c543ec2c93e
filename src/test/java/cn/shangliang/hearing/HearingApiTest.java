package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.security.Role;
import cn.shangliang.notice.Notice;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planning, announcing, registration days and cancelling, through the JSON API. */
@QuarkusTest
class HearingApiTest {

    @Inject
    HearingFixtures fx;

    @Test
    void staffPlanADraftThatOnlyStaffSee() {
        HearingFlow flow = fx.flow().draft();
        as(flow.staff).get("/api/hearings/" + flow.id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("quota.minRepresentatives", equalTo(3))
                .body("quota.representativeShare", equalTo(">= 1/3"))
                .body("materialsDays", equalTo(7))
                .body("attendance", equalTo(">= 2/3"))
                .body("seats.STAKEHOLDER", equalTo(2));
        as(null).get("/api/hearings/" + flow.id).then().statusCode(404);
        as(fx.resident(flow.communityId)).get("/api/hearings/" + flow.id).then().statusCode(404);
        as(null).get("/api/hearings?community=" + flow.communityId).then().statusCode(200).body("id", not(hasItem((int) flow.id)));
        as(flow.staff).get("/api/hearings?community=" + flow.communityId).then().statusCode(200).body("id", hasItem((int) flow.id));
    }

    @Test
    void theDefaultQuotaAppliesWhenNotGiven() {
        HearingFlow flow = fx.flow();
        Map<String, Object> request = flow.request();
        request.remove("minRepresentatives");
        as(flow.staff).queryParam("community", flow.communityId).body(request).post("/api/hearings").then().statusCode(400)
                .body("code", equalTo("hearing.quota.too-few"))
                .body("detail", containsString("听证代表应不少于15人，席位方案共3人。"));
        request.put("seats", Map.of("STAKEHOLDER", 4, "ORDINARY_RESIDENT", 1, "EXPERT", 5, "DEPUTY", 3, "ORGANIZATION", 2));
        as(flow.staff).queryParam("community", flow.communityId).body(request).post("/api/hearings").then().statusCode(201)
                .body("quota.minRepresentatives", equalTo(15)).body("totalSeats", equalTo(15));
    }

    @Test
    void creatingNeedsStaffOfThatCommunity() {
        HearingFlow flow = fx.flow();
        as(null).queryParam("community", flow.communityId).body(flow.request()).post("/api/hearings").then().statusCode(401);
        as(fx.resident(flow.communityId)).queryParam("community", flow.communityId).body(flow.request())
                .post("/api/hearings").then().statusCode(403);
        Fixtures.User otherStaff = fx.staff(fx.community().communityId());
        as(otherStaff).queryParam("community", flow.communityId).body(flow.request()).post("/api/hearings").then().statusCode(403);
        assertEquals(0, Hearing.count("communityId", flow.communityId));
    }

    @Test
    void badPlansAreRefusedWithEveryReasonAndNothingWritten() {
        HearingFlow flow = fx.flow();
        Map<String, Object> missing = new HashMap<>(flow.request());
        missing.remove("title");
        missing.put("seats", Map.of("STAKEHOLDER", -1));
        as(flow.staff).queryParam("community", flow.communityId).body(missing).post("/api/hearings").then().statusCode(400)
                .body("code", equalTo("invalid-input"))
                .body("errors.field", hasItem("title"))
                .body("errors.message", hasItem("席位数不能为负数"));

        Map<String, Object> early = flow.request();
        early.put("hearingDate", flow.closes().plusDays(6).toString());
        early.put("participantsFixedOn", flow.closes().toString());
        as(flow.staff).queryParam("community", flow.communityId).body(early).post("/api/hearings").then().statusCode(400)
                .body("errors.field", hasItem("hearing.announce.lottery-too-early"))
                .body("errors.field", hasItem("hearing.materials-period-too-short"));

        Map<String, Object> badLink = flow.request();
        badLink.put("links", java.util.List.of(Map.of("type", "OTHER", "title", "x", "url", "javascript:alert(1)")));
        badLink.put("representativeShare", "a third");
        as(flow.staff).queryParam("community", flow.communityId).body(badLink).post("/api/hearings").then().statusCode(400)
                .body("errors.field", hasItem("hearing.link.url"))
                .body("errors.field", hasItem("hearing.quota.share-format"));

        as(flow.staff).body(flow.request()).post("/api/hearings").then().statusCode(400).body("code", equalTo("hearing.community-required"));
        as(flow.staff).queryParam("community", flow.communityId).body("{").post("/api/hearings").then().statusCode(400);
        assertEquals(0, Hearing.count("communityId", flow.communityId));
    }

    @Test
    void draftsAreEditedAnnouncedHearingsAreNot() {
        HearingFlow flow = fx.flow().draft();
        Map<String, Object> changed = flow.request();
        changed.put("place", "社区礼堂");
        changed.put("links", java.util.List.of());
        as(flow.staff).body(changed).put("/api/hearings/" + flow.id).then().statusCode(200)
                .body("place", equalTo("社区礼堂")).body("links.size()", equalTo(0));
        as(fx.resident(flow.communityId)).body(changed).put("/api/hearings/" + flow.id).then().statusCode(403);
        as(flow.staff).post("/api/hearings/" + flow.id + "/announce").then().statusCode(200).body("status", equalTo("ANNOUNCED"));
        as(flow.staff).body(changed).put("/api/hearings/" + flow.id).then().statusCode(409).body("code", equalTo("hearing.edit.not-draft"));
    }

    @Test
    void announcingPublishesTheNoticeWithTheSelectionMethod() {
        HearingFlow flow = fx.flow().draft();
        as(fx.resident(flow.communityId)).post("/api/hearings/" + flow.id + "/announce").then().statusCode(403);
        as(fx.staff(fx.community().communityId())).post("/api/hearings/" + flow.id + "/announce").then().statusCode(403);
        as(null).post("/api/hearings/" + flow.id + "/announce").then().statusCode(401);
        as(flow.staff).post("/api/hearings/" + flow.id + "/announce").then().statusCode(200);
        as(flow.staff).post("/api/hearings/" + flow.id + "/announce").then().statusCode(409)
                .body("code", equalTo("hearing.transition.not-allowed"));
        Notice notice = Notice.find("sourceType = ?1 and sourceId = ?2", "hearing", flow.id).firstResult();
        assertEquals("听证会公告：幸福路加装电梯方案", notice.title);
        org.hamcrest.MatcherAssert.assertThat(notice.body, containsString("抽签种子来源：" + flow.lotteryDay()));
        org.hamcrest.MatcherAssert.assertThat(notice.body, containsString("代表遴选办法：报名人数超过席位时"));
    }

    @Test
    void announcingLateIsRefusedBecauseTheDatesPassed() {
        HearingFlow flow = fx.flow().draft();
        fx.travelTo(flow.day0.plusDays(1));
        as(flow.staff).post("/api/hearings/" + flow.id + "/announce").then().statusCode(409)
                .body("code", equalTo("hearing.announce.registration-in-past"));
    }

    @Test
    void registrationRunsOnTheAnnouncedDays() {
        HearingFlow flow = fx.flow().announced();
        String base = "/api/hearings/" + flow.id;
        as(fx.resident(flow.communityId)).post(base + "/registration/open").then().statusCode(403);
        as(flow.staff).post(base + "/registration/open").then().statusCode(200).body("status", equalTo("REGISTRATION_OPEN"));
        as(flow.staff).post(base + "/registration/close").then().statusCode(409)
                .body("code", equalTo("hearing.registration.closes-early"));
        fx.travelTo(flow.closes().plusDays(1));
        as(fx.resident(flow.communityId)).post(base + "/registration/close").then().statusCode(403);
        as(flow.staff).post(base + "/registration/close").then().statusCode(200).body("status", equalTo("REGISTRATION_CLOSED"));
    }

    @Test
    void cancellingNeedsAReasonAndIsPublished() {
        HearingFlow flow = fx.flow().announced();
        String base = "/api/hearings/" + flow.id;
        as(flow.staff).body(Map.of("reason", " ")).post(base + "/cancel").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(fx.user(Role.COUNCIL_MEMBER, flow.communityId)).body(Map.of("reason", "撤回")).post(base + "/cancel").then().statusCode(403);
        as(flow.staff).body(Map.of("reason", "决策事项已撤回")).post(base + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("决策事项已撤回"));
        as(flow.staff).body(Map.of("reason", "again")).post(base + "/cancel").then().statusCode(409);
        assertEquals(1, Notice.count("sourceType = ?1 and sourceId = ?2 and title like ?3", "hearing", flow.id, "听证会取消%"));
    }

    @Test
    void unknownHearingIs404() {
        as(null).get("/api/hearings/999999").then().statusCode(404).body("code", equalTo("not-found"));
    }
}
