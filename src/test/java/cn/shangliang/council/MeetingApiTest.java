package cn.shangliang.council;

import cn.shangliang.testsupport.MovableClock;

import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** A meeting from scheduling to rated follow-up, through the API, with the clock moved day by day. */
@QuarkusTest
class MeetingApiTest {

    @Inject
    CouncilTestData data;

    @Inject
    MovableClock clock;

    CouncilTestData.Board board;
    Fixtures.User proposer;
    Fixtures.User cosigner;
    long proposal;

    /** 10:00 China time on the given day of March 2026. */
    void day(int dayOfMonth) {
        clock.set(Instant.parse(String.format("2026-03-%02dT02:00:00Z", dayOfMonth)));
    }

    @BeforeEach
    void setUp() {
        day(1);
        board = data.board(15);
        proposer = data.resident(board.communityId());
        cosigner = data.resident(board.communityId());
        proposal = as(proposer).body(Map.of("communityId", board.communityId(), "title", "楼道堆物清理",
                        "description", "楼道堆放杂物，有消防隐患", "category", "SAFETY"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        as(cosigner).post("/api/proposals/" + proposal + "/cosign").then().statusCode(200);
        as(board.staff()).post("/api/proposals/" + proposal + "/review-start").then().statusCode(204);
        as(board.chair().user()).body(Map.of("outcome", "ACCEPTED")).post("/api/proposals/" + proposal + "/review")
                .then().statusCode(204);
    }

    long schedule(Fixtures.User who, int dayOfMonth) {
        return as(who).body(Map.of("kind", "MONTHLY", "date", String.format("2026-03-%02d", dayOfMonth), "time", "19:00",
                        "place", "社区议事厅"))
                .post("/api/councils/" + board.councilId() + "/meetings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void scheduleNeedsTheChairOrStaffAndValidFields() {
        String path = "/api/councils/" + board.councilId() + "/meetings";
        Map<String, Object> ok = Map.of("kind", "MONTHLY", "date", "2026-03-05", "time", "19:00", "place", "议事厅");
        given().contentType(ContentType.JSON).body(ok).post(path).then().statusCode(401);
        as(proposer).body(ok).post(path).then().statusCode(403);
        as(board.members().get(3).user()).body(ok).post(path).then().statusCode(403);
        as(data.staff(data.community())).body(ok).post(path).then().statusCode(403);
        as(board.chair().user()).body(Map.of("kind", "MONTHLY", "date", "2026-02-27", "time", "19:00"))
                .post(path).then().statusCode(400).body("errors.field", hasItem("date")).body("errors.field", hasItem("place"));
        as(board.chair().user()).body("{\"kind\":\"MONTHLY\",\"date\":\"not a date\"}").post(path).then().statusCode(400);
        long id = schedule(board.staff(), 5);
        given().get("/api/meetings/" + id).then().statusCode(404);
        as(board.members().get(2).user()).get("/api/meetings/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("checkInCode", nullValue());
    }

    @Test
    void fromAgendaToRatedFollowUp() {
        Fixtures.User chair = board.chair().user();
        Fixtures.User staff = board.staff();
        long meeting = schedule(chair, 5);
        String m = "/api/meetings/" + meeting;

        // agenda: the accepted proposal and another item
        as(chair).body(Map.of("proposalId", proposal)).post(m + "/items").then().statusCode(201);
        long item1 = as(chair).get(m).then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/proposals/" + proposal).then().body("status", equalTo("SCHEDULED"));
        as(chair).body(Map.of("proposalId", proposal)).post(m + "/items").then().statusCode(409);
        as(chair).body(Map.of()).post(m + "/items").then().statusCode(400);
        long item2 = as(chair).body(Map.of("title", "社区秋季运动会方案")).post(m + "/items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(proposer).body(Map.of("title", "x")).post(m + "/items").then().statusCode(403);

        // published at least 2 days before
        day(4);
        as(chair).post(m + "/publish").then().statusCode(409).body("code", equalTo("meeting.agenda.notice-too-short"));
        day(3);
        as(proposer).post(m + "/publish").then().statusCode(403);
        as(chair).post(m + "/publish").then().statusCode(204);
        given().get("/api/notices?category=COUNCIL&community=" + board.communityId()).then()
                .body("title", hasItem(containsString("会议议程")));
        as(chair).body(Map.of("title", "y")).post(m + "/items").then().statusCode(409);

        // opened on the day only
        day(4);
        as(chair).post(m + "/open").then().statusCode(409).body("code", equalTo("meeting.open.not-meeting-day"));
        day(5);
        as(chair).post(m + "/open").then().statusCode(204);

        // check-in: 10 of 15 by staff is one short of quorum (> 2/3 of 15 needs 11)
        for (int i = 1; i <= 10; i++) {
            as(staff).body(Map.of("memberId", board.members().get(i).memberId())).post(m + "/attendance").then().statusCode(201);
        }
        as(staff).body(Map.of("memberId", board.members().get(1).memberId())).post(m + "/attendance").then().statusCode(409);
        as(staff).body(Map.of("name", "街道办李科长", "affiliation", "街道办")).post(m + "/attendance").then().statusCode(201);
        as(proposer).body(Map.of("memberId", board.members().get(11).memberId())).post(m + "/attendance").then().statusCode(403);
        Map<String, Object> vote = Map.of("text", "两周内清理楼道堆物", "mode", "SHOW_OF_HANDS", "agree", 6, "oppose", 3, "abstain", 1);
        as(chair).body(vote).post(m + "/items/" + item1 + "/resolution").then().statusCode(409)
                .body("code", equalTo("meeting.vote.no-quorum")).body("detail", containsString("还差1人"));
        given().get(m).then().body("quorum.present", equalTo(10)).body("quorum.reached", equalTo(false))
                .body("checkInCode", nullValue());

        // the chair checks in with the code: 11 present, quorum
        String code = as(chair).get(m).then().extract().jsonPath().getString("checkInCode");
        as(chair).body(Map.of("code", "000000".equals(code) ? "111111" : "000000")).post(m + "/check-in").then().statusCode(400);
        as(proposer).body(Map.of("code", code)).post(m + "/check-in").then().statusCode(403);
        as(chair).body(Map.of("code", code)).post(m + "/check-in").then().statusCode(201);
        given().get(m).then().body("quorum.present", equalTo(11)).body("quorum.reached", equalTo(true));

        // deliberation and votes; majority of the 11 present: 6 passes, 5 fails
        as(chair).body(Map.of("speakers", "成员2\n成员3")).put(m + "/items/" + item1 + "/deliberation").then().statusCode(400);
        as(staff).body(Map.of("speakers", "成员2\n成员3", "views", "多数赞成限期清理；少数担心老人杂物无处放"))
                .put(m + "/items/" + item1 + "/deliberation").then().statusCode(204);
        as(chair).body(Map.of("text", "x", "mode", "SHOW_OF_HANDS", "agree", 8, "oppose", 3, "abstain", 1))
                .post(m + "/items/" + item1 + "/resolution").then().statusCode(400);
        as(chair).body(Map.of("text", "x", "mode", "SHOW_OF_HANDS", "agree", -1, "oppose", 0, "abstain", 0))
                .post(m + "/items/" + item1 + "/resolution").then().statusCode(400);
        as(proposer).body(vote).post(m + "/items/" + item1 + "/resolution").then().statusCode(403);
        long passed = as(chair).body(vote).post(m + "/items/" + item1 + "/resolution").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(chair).body(vote).post(m + "/items/" + item1 + "/resolution").then().statusCode(409);
        given().get("/api/proposals/" + proposal).then().body("status", equalTo("DECIDED"));
        long absentMember = board.members().get(14).memberId();
        as(chair).body(Map.of("text", "运动会方案", "mode", "ROLL_CALL", "votes", Map.of(absentMember, "AGREE")))
                .post(m + "/items/" + item2 + "/resolution").then().statusCode(400);
        Map<Long, String> rollCall = new java.util.HashMap<>();
        for (int i = 0; i <= 10; i++) {
            rollCall.put(board.members().get(i).memberId(), i < 5 ? "AGREE" : "OPPOSE");
        }
        as(chair).body(Map.of("text", "运动会方案", "mode", "ROLL_CALL", "votes", rollCall))
                .post(m + "/items/" + item2 + "/resolution").then().statusCode(201);
        given().get(m).then().body("items[0].resolution.passed", equalTo(true))
                .body("items[1].resolution.passed", equalTo(false)).body("items[1].resolution.agree", equalTo(5))
                .body("items[1].resolution.votes.size()", equalTo(11));

        // close, minutes confirmed by the chair only, then published
        as(proposer).post(m + "/close").then().statusCode(403);
        as(chair).post(m + "/close").then().statusCode(204);
        as(staff).body(Map.of("memberId", board.members().get(12).memberId())).post(m + "/attendance").then().statusCode(409);
        as(staff).post(m + "/minutes/publish").then().statusCode(409);
        as(staff).post(m + "/minutes/confirm").then().statusCode(403);
        as(chair).post(m + "/minutes/confirm").then().statusCode(204);
        given().get(m + "/minutes").then().statusCode(200).body("confirmed", equalTo(true))
                .body("text", containsString("应到成员15人，实到11人")).body("text", containsString("街道办李科长"))
                .body("text", containsString("同意6，反对3，弃权1")).body("text", containsString("未通过"));
        as(staff).post(m + "/minutes/publish").then().statusCode(204);
        given().get("/api/notices?category=COUNCIL&community=" + board.communityId()).then()
                .body("title", hasItem(containsString("会议纪要")));

        // follow-up: assigned, reported, rated by the proposer and co-signer, closed
        long failed = given().get(m).then().extract().jsonPath().getLong("items[1].resolution.id");
        as(chair).body(Map.of("responsible", "物业", "dueDate", "2026-03-20")).post("/api/resolutions/" + failed + "/follow-up")
                .then().statusCode(409);
        as(chair).body(Map.of("dueDate", "2026-03-20")).post("/api/resolutions/" + passed + "/follow-up").then().statusCode(400);
        as(chair).body(Map.of("responsible", "物业", "dueDate", "2026-03-01")).post("/api/resolutions/" + passed + "/follow-up")
                .then().statusCode(400);
        as(proposer).body(Map.of("responsible", "物业", "dueDate", "2026-03-20")).post("/api/resolutions/" + passed + "/follow-up")
                .then().statusCode(403);
        long followUp = as(chair).body(Map.of("responsible", "物业服务中心", "dueDate", "2026-03-20"))
                .post("/api/resolutions/" + passed + "/follow-up").then().statusCode(201).extract().jsonPath().getLong("id");
        String f = "/api/follow-ups/" + followUp;
        as(proposer).body(Map.of("rating", "SATISFIED")).post(f + "/rating").then().statusCode(409)
                .body("code", equalTo("follow-up.rate.not-reported"));
        as(staff).body(Map.of("text", "已通知各楼栋")).post(f + "/progress").then().statusCode(204);
        as(staff).body(Map.of("text", " ")).post(f + "/report").then().statusCode(400);
        as(proposer).body(Map.of("text", "我说办完了")).post(f + "/report").then().statusCode(403);
        String prompt = "href=\"/follow-ups/" + followUp + "#rate\"";
        given().auth().oauth2(proposer.token()).get("/").then().body(not(containsString(prompt)));
        as(staff).body(Map.of("text", "12个楼道已清理完毕")).post(f + "/report").then().statusCode(204);
        // the report is out: the proposer's home page asks for a rating, in their language, until they rate
        given().auth().oauth2(proposer.token()).get("/").then().body(containsString(prompt))
                .body(containsString("您提出的议题「楼道堆物清理」已反馈办理结果，请评价落实情况"));
        given().auth().oauth2(proposer.token()).cookie("sl_lang", "en").get("/").then()
                .body(containsString("The follow-up of your proposal &quot;楼道堆物清理&quot; has been reported: please rate it"));
        given().auth().oauth2(proposer.token()).get("/follow-ups/" + followUp).then().body(containsString("id=\"rate\""));
        given().auth().oauth2(cosigner.token()).get("/").then().body(not(containsString(prompt)));
        as(proposer).body(Map.of("rating", "GREAT")).post(f + "/rating").then().statusCode(400);
        as(proposer).body(Map.of("rating", "SATISFIED")).post(f + "/rating").then().statusCode(204);
        given().auth().oauth2(proposer.token()).get("/").then().body(not(containsString(prompt)));
        as(proposer).body(Map.of("rating", "PARTLY")).post(f + "/rating").then().statusCode(409);
        as(cosigner).body(Map.of("rating", "PARTLY", "comment", "还有一个楼道没清")).post(f + "/rating").then().statusCode(204);
        as(data.resident(board.communityId())).body(Map.of("rating", "NOT_SATISFIED")).post(f + "/rating").then().statusCode(403);
        as(staff).body(Map.of("text", "已全部办结")).post(f + "/close").then().statusCode(204);
        as(staff).body(Map.of("text", "再看看")).post(f + "/reopen").then().statusCode(409);
        given().get(f).then().statusCode(200).body("status", equalTo("CLOSED")).body("ratings.total", equalTo(2))
                .body("updates.size()", equalTo(4));
        given().get("/api/councils/" + board.councilId() + "/resolutions").then().statusCode(200)
                .body("followUpStatus", hasItem("CLOSED"));
        given().get("/api/councils/" + board.councilId()).then()
                .body("cadence.monthlyDue", equalTo("2026-04-30")).body("cadence.monthlyOverdue", equalTo(false));
    }

    @Test
    void cancellingReturnsProposalsAndNeedsAReason() {
        long meeting = schedule(board.chair().user(), 9);
        String m = "/api/meetings/" + meeting;
        as(board.chair().user()).body(Map.of("proposalId", proposal)).post(m + "/items").then().statusCode(201);
        as(board.staff()).post(m + "/publish").then().statusCode(204);
        as(board.staff()).body(Map.of("reason", "")).post(m + "/cancel").then().statusCode(400);
        as(proposer).body(Map.of("reason", "x")).post(m + "/cancel").then().statusCode(403);
        as(board.staff()).body(Map.of("reason", "台风预警")).post(m + "/cancel").then().statusCode(204);
        as(board.staff()).body(Map.of("reason", "台风预警")).post(m + "/cancel").then().statusCode(409);
        given().get("/api/proposals/" + proposal).then().body("status", equalTo("ACCEPTED"));
        given().get(m).then().body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("台风预警"));
    }

    @Test
    void closingWithoutAVoteReturnsTheProposal() {
        long meeting = schedule(board.chair().user(), 3);
        String m = "/api/meetings/" + meeting;
        as(board.chair().user()).body(Map.of("proposalId", proposal)).post(m + "/items").then().statusCode(201);
        as(board.chair().user()).post(m + "/publish").then().statusCode(204);
        day(3);
        as(board.chair().user()).post(m + "/open").then().statusCode(204);
        as(board.chair().user()).post(m + "/close").then().statusCode(204);
        given().get("/api/proposals/" + proposal).then().body("status", equalTo("ACCEPTED"));
    }
}
