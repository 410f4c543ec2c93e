package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hearing day: attendance, the order of business, and each representative's sign-off of the record. */
@QuarkusTest
class SessionApiTest {

    private static final String HAN = "(?s).*\\p{IsHan}.*";

    @Inject
    HearingFixtures fx;

    /** Every broken rule is listed by its code, and the whole refusal reads in the visitor's language. */
    @Test
    void aRefusedSessionNamesEachRuleInEnglish() {
        HearingFlow flow = fx.flow().fixed();
        as(flow.staff).header("Accept-Language", "en").post("/api/hearings/" + flow.id + "/session/open").then()
                .statusCode(409).body("code", equalTo("hearing.session.not-hearing-day"))
                .body("errors.field", equalTo(List.of("hearing.session.not-hearing-day", "hearing.session.too-few-present")))
                .body("detail", not(matchesPattern(HAN)))
                .body("errors.message", everyItem(not(matchesPattern(HAN))));
    }

    @Test
    void theSessionOpensOnTheDayWithTwoThirdsPresent() {
        HearingFlow flow = fx.flow().fixed();
        String base = "/api/hearings/" + flow.id;
        List<Long> selected = flow.selectedIds();
        as(flow.applicants.get(0)).body(Map.of("present", selected)).put(base + "/attendance").then().statusCode(403);
        as(flow.staff).body(Map.of("present", List.of(999999L))).put(base + "/attendance").then().statusCode(400)
                .body("code", equalTo("hearing.attendance.unknown"));
        as(flow.staff).body(Map.of("present", selected.subList(0, 1))).put(base + "/attendance").then().statusCode(200)
                .body("present", equalTo(1));
        as(flow.staff).post(base + "/session/open").then().statusCode(409)
                .body("errors.field", hasItem("hearing.session.not-hearing-day"))
                .body("errors.field", hasItem("hearing.session.too-few-present"));
        fx.travelTo(flow.hearingDay());
        as(flow.staff).post(base + "/session/open").then().statusCode(409).body("code", equalTo("hearing.session.too-few-present"));
        as(flow.staff).body(Map.of("present", selected.subList(0, 2))).put(base + "/attendance").then().statusCode(200);
        as(fx.resident(flow.communityId)).post(base + "/session/open").then().statusCode(403);
        as(flow.staff).post(base + "/session/open").then().statusCode(200).body("status", equalTo("IN_SESSION"));
        as(flow.staff).body(Map.of("present", selected)).put(base + "/attendance").then().statusCode(409);
    }

    @Test
    void statementsFollowTheOrderOfBusiness() {
        HearingFlow flow = fx.flow().inSession();
        String url = "/api/hearings/" + flow.id + "/statements";
        long rep = flow.selectedIds().get(0);
        as(flow.staff).body(Map.of("stage", "REPRESENTATIVE_STATEMENTS", "applicationId", rep, "content", "x")).post(url)
                .then().statusCode(409).body("code", equalTo("hearing.session.sponsor-first"));
        as(flow.staff).body(Map.of("stage", "SPONSOR_PRESENTATION", "content", "介绍")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("speaker"));
        as(flow.staff).body(Map.of("stage", "SPONSOR_PRESENTATION", "speaker", "张干事")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("content"));
        as(flow.applicants.get(0)).body(Map.of("stage", "SPONSOR_PRESENTATION", "speaker", "张", "content", "x")).post(url)
                .then().statusCode(403);
        as(flow.staff).body(Map.of("stage", "SPONSOR_PRESENTATION", "speaker", "张干事", "content", "介绍草案")).post(url)
                .then().statusCode(201).body("seq", equalTo(1)).body("position", equalTo("OTHER"));
        as(flow.staff).body(Map.of("stage", "REPRESENTATIVE_STATEMENTS", "speaker", "路人", "content", "x")).post(url)
                .then().statusCode(409).body("code", equalTo("hearing.session.not-a-representative"));
        as(flow.staff).body(Map.of("stage", "REPRESENTATIVE_STATEMENTS", "applicationId", 999999, "content", "x")).post(url)
                .then().statusCode(400).body("code", equalTo("hearing.session.unknown-speaker"));
        as(flow.staff).post("/api/hearings/" + flow.id + "/session/end").then().statusCode(409)
                .body("code", equalTo("hearing.session.no-representative-views"));
        as(flow.staff).body(Map.of("stage", "REPRESENTATIVE_STATEMENTS", "applicationId", rep, "position", "FOR", "content", "赞成"))
                .post(url).then().statusCode(201).body("speaker", equalTo(nameOf(flow, rep)));
        as(flow.staff).body(Map.of("stage", "SPONSOR_PRESENTATION", "speaker", "张干事", "content", "补充")).post(url)
                .then().statusCode(409).body("code", equalTo("hearing.session.stage-passed"));
        as(flow.staff).post("/api/hearings/" + flow.id + "/session/end").then().statusCode(200)
                .body("status", equalTo("RECORD_CONFIRMATION"));
        as(flow.staff).body(Map.of("stage", "QUESTIONS_AND_DEBATE", "speaker", "王", "content", "x")).post(url)
                .then().statusCode(409).body("code", equalTo("hearing.session.not-in-session"));
    }

    @Test
    void eachRepresentativeSignsTheRecordForThemself() {
        HearingFlow flow = fx.flow().ended();
        String url = "/api/hearings/" + flow.id + "/record/sign-off";
        List<Fixtures.User> reps = flow.representatives();
        Fixtures.User reserve = flow.applicants.stream().filter(a -> !reps.contains(a)).findFirst().orElseThrow();
        as(null).body(Map.of("decision", "SIGNED")).post(url).then().statusCode(401);
        as(flow.staff).body(Map.of("decision", "SIGNED")).post(url).then().statusCode(403);
        as(reserve).body(Map.of("decision", "SIGNED")).post(url).then().statusCode(403);
        as(reps.get(0)).body(Map.of("decision", "SIGNED_WITH_CORRECTIONS")).post(url).then().statusCode(400)
                .body("errors.field", hasItem("note"));
        as(reps.get(0)).body(Map.of("decision", "PENDING")).post(url).then().statusCode(400);
        as(reps.get(0)).body(Map.of("decision", "SIGNED_WITH_CORRECTIONS", "note", "第2条应为「赞成」")).post(url).then()
                .statusCode(200).body("signOff", equalTo("SIGNED_WITH_CORRECTIONS")).body("signOffNote", equalTo("第2条应为「赞成」"));
        as(reps.get(0)).body(Map.of("decision", "SIGNED")).post(url).then().statusCode(409)
                .body("code", equalTo("hearing.record.already-signed"));
        as(flow.staff).body(HearingFlow.report()).post("/api/hearings/" + flow.id + "/report").then().statusCode(409)
                .body("code", equalTo("hearing.report.record-not-confirmed"));
        as(reps.get(1)).body(Map.of("decision", "REFUSED", "note", "记录不全")).post(url).then().statusCode(200);
        as(reps.get(2)).body(Map.of("decision", "SIGNED")).post(url).then().statusCode(200);
        as(null).get("/api/hearings/" + flow.id + "/record").then().statusCode(200)
                .body("representatives.signOff", hasItem("REFUSED"))
                .body("representatives.signOffNote", hasItem("记录不全"));
    }

    @Test
    void theRecordExistsOnceTheListIsFixed() {
        HearingFlow flow = fx.flow().closed();
        as(null).get("/api/hearings/" + flow.id + "/record").then().statusCode(404);
    }

    private static String nameOf(HearingFlow flow, long applicationId) {
        return HearingApplication.<HearingApplication>findById(applicationId).name;
    }
}
