package cn.shangliang.budget;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static cn.shangliang.budget.BudgetFixtures.openCycle;
import static cn.shangliang.budget.BudgetFixtures.post;
import static cn.shangliang.budget.BudgetFixtures.propose;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: a residents' vote has a deadline, hides its counts until it closes; proposals over the cap are refused. */
@QuarkusTest
class BudgetVoteDeadlineTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    BudgetFixtures fx;

    @Inject
    SelectionService selection;

    @Inject
    BudgetVoteCloser closer;

    @Test
    void theVoteEndsAtItsDeadlineWithCountsHiddenUntilThen() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        Fixtures.User voter = fx.resident(place.communityId());
        Fixtures.User late = fx.resident(place.communityId());
        BudgetFixtures.Project project = fx.acceptedProject(place, voter, "路灯");
        long cycle = project.cycle();
        long p = project.id();
        // the deadline must lie ahead, and not beyond 60 days
        post(staff, "/api/budget/cycles/" + cycle + "/vote", "{\"voteEndsAt\":\"2020-01-01T09:00\"}", 400);
        given().auth().oauth2(staff).header("Accept-Language", "en").contentType("application/json")
                .body("{\"voteEndsAt\":\"2099-01-01T09:00\"}").post("/api/budget/cycles/" + cycle + "/vote").then()
                .statusCode(400).body("code", equalTo("budget.vote.deadline-too-far"));
        given().get("/api/budget/cycles/" + cycle).then().body("status", equalTo("REVIEWING"));
        String endsAt = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).format(INPUT);
        post(staff, "/api/budget/cycles/" + cycle + "/vote", "{\"voteEndsAt\":\"" + endsAt + "\"}", 200);
        given().get("/api/budget/cycles/" + cycle).then().body("voteEndsAt", notNullValue());

        post(voter.token(), "/api/budget/cycles/" + cycle + "/ballots/resident", "{\"projectIds\":[" + p + "]}", 200);
        given().get("/api/budget/cycles/" + cycle + "/tally").then().statusCode(200).body("ballots", equalTo(1))
                .body("countsHidden", equalTo(true)).body("lines[0].supporters", nullValue())
                .body("lines[0].points", nullValue());
        given().get("/budget/cycles/" + cycle + "/vote").then().statusCode(200)
                .body(containsString("投票结束前不公布各项目得票数")).body(containsString(endsAt.replace('T', ' ')));

        endVote(cycle);
        given().auth().oauth2(late.token()).header("Accept-Language", "en").contentType("application/json")
                .body("{\"projectIds\":[" + p + "]}").post("/api/budget/cycles/" + cycle + "/ballots/resident").then()
                .statusCode(409).body("code", equalTo("budget.vote.ended"));
        given().cookie("sl_token", late.token()).get("/budget/cycles/" + cycle + "/vote").then().statusCode(200)
                .body(containsString("投票已截止")).body(not(containsString("name=\"projectId\"")));

        assertTrue(selection.dueIds().contains(cycle));
        closer.closeDue();
        assertFalse(selection.closeIfDue(cycle));
        given().get("/api/budget/cycles/" + cycle).then().body("status", equalTo("NOTICE"));
        given().get("/api/budget/cycles/" + cycle + "/tally").then().body("countsHidden", equalTo(false))
                .body("lines[0].supporters", equalTo(1));
        assertEquals(SelectionService.SYSTEM_ACTOR, closer(cycle));
    }

    @Test
    void staffSetTheDeadlineOnTheCyclePageAndATypoComesBackWithTheForm() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        long cycle = openCycle(place, "\"voteMode\":\"RESIDENTS_APPROVAL\"");
        long p = propose(fx.resident(place.communityId()).token(), cycle, "座椅", 1000);
        post(staff, "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(staff, "/api/budget/projects/" + p + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        String page = "/budget/cycles/" + cycle;
        given().cookie("sl_token", staff).get(page).then().statusCode(200)
                .body(containsString("name=\"voteEndsAt\"")).body(containsString("投票截止时间"));
        Forms.post(page, staff).formParam("voteEndsAt", "2020-01-01T09:00").post(page + "/start-vote").then()
                .statusCode(400).body(containsString("投票截止时间须晚于现在")).body(containsString("value=\"2020-01-01T09:00\""));
        Forms.post(page, staff).formParam("voteEndsAt", "tomorrow").post(page + "/start-vote").then()
                .statusCode(400).body(containsString("value=\"tomorrow\""));
        given().get("/api/budget/cycles/" + cycle).then().body("status", equalTo("REVIEWING"));
        String endsAt = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(2).format(INPUT);
        Forms.post(page, staff).formParam("voteEndsAt", endsAt).post(page + "/start-vote").then().statusCode(303);
        given().get("/api/budget/cycles/" + cycle).then().body("status", equalTo("VOTING"));
        given().get(page).then().body(containsString(endsAt.replace('T', ' ')));
    }

    @Test
    void staffMoveTheDeadlineLaterWhenNobodyVotedInTime() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        Fixtures.User voter = fx.resident(place.communityId());
        BudgetFixtures.Project project = fx.acceptedProject(place, voter, "健身步道");
        long cycle = project.cycle();
        long p = project.id();
        java.time.ZoneId beijing = java.time.ZoneId.of("Asia/Shanghai");
        post(staff, "/api/budget/cycles/" + cycle + "/vote",
                "{\"voteEndsAt\":\"" + LocalDateTime.now(beijing).plusDays(3).format(INPUT) + "\"}", 200);
        String deadline = "/api/budget/cycles/" + cycle + "/vote-deadline";
        // never earlier, and only staff
        moveDeadline(staff, deadline, LocalDateTime.now(beijing).plusDays(1)).statusCode(400)
                .body("code", equalTo("budget.vote.deadline-earlier")).body("detail", containsString("later than the current"));
        moveDeadline(voter.token(), deadline, LocalDateTime.now(beijing).plusDays(5)).statusCode(403);

        endVote(cycle);
        assertFalse(selection.dueIds().contains(cycle), "nobody voted: the closer cannot close it");
        String later = LocalDateTime.now(beijing).plusDays(5).format(INPUT);
        String page = "/budget/cycles/" + cycle;
        given().cookie("sl_token", staff).get(page).then().statusCode(200).body(containsString(page + "/vote-deadline"));
        Forms.post(page, staff).formParam("voteEndsAt", "2020-01-01T09:00").post(page + "/vote-deadline").then()
                .statusCode(400).body(containsString("value=\"2020-01-01T09:00\""));
        Forms.post(page, staff).formParam("voteEndsAt", later).post(page + "/vote-deadline").then().statusCode(303);
        given().get(page).then().body(containsString(later.replace('T', ' ')));
        post(voter.token(), "/api/budget/cycles/" + cycle + "/ballots/resident", "{\"projectIds\":[" + p + "]}", 200);

        // once it ended with ballots, it closes instead of moving
        endVote(cycle);
        moveDeadline(staff, deadline, LocalDateTime.now(beijing).plusDays(9)).statusCode(409)
                .body("code", equalTo("budget.vote.ended"));
        assertTrue(selection.dueIds().contains(cycle));
    }

    private static io.restassured.response.ValidatableResponse moveDeadline(String token, String url, LocalDateTime endsAt) {
        return given().auth().oauth2(token).header("Accept-Language", "en").contentType("application/json")
                .body("{\"voteEndsAt\":\"" + endsAt.format(INPUT) + "\"}").put(url).then();
    }

    @Test
    void aProposalAboveItsTypeCapIsRefusedWithTheCapNamed() {
        BudgetFixtures.Place place = fx.place();
        long cycle = openCycle(place, "\"capGoodsFen\":50000");
        Fixtures.User resident = fx.resident(place.communityId());
        given().auth().oauth2(resident.token()).header("Accept-Language", "en").contentType("application/json")
                .body("{\"title\":\"健身器材\",\"need\":\"x\",\"location\":\"x\",\"type\":\"GOODS\",\"estimatedCostFen\":50001,"
                        + "\"beneficiaries\":\"x\"}")
                .post("/api/budget/cycles/" + cycle + "/proposals").then().statusCode(400)
                .body("code", equalTo("budget.proposal.over-cap")).body("detail", containsString("500.00"));
        String page = "/budget/cycles/" + cycle;
        Forms.post(page, resident.token()).formParam("title", "健身器材").formParam("need", "老人锻炼")
                .formParam("location", "广场").formParam("type", "GOODS").formParam("estimatedCost", "600")
                .formParam("beneficiaries", "老人").post(page + "/proposals").then().statusCode(400)
                .body(containsString("超过该类项目的上限 500.00 元")).body(containsString("value=\"健身器材\""))
                .body(containsString("value=\"600\"")).body(containsString("<option value=\"GOODS\" selected>"));
        Forms.post(page, resident.token()).formParam("title", "健身器材").formParam("estimatedCost", "6OO")
                .post(page + "/proposals").then().statusCode(400).body(containsString("value=\"6OO\""));
        given().get("/api/budget/cycles/" + cycle + "/projects").then().body("size()", equalTo(0));
        propose(resident.token(), cycle, "健身器材", 50000);
    }

    @Transactional
    void endVote(long cycleId) {
        BudgetCycle c = BudgetCycle.findById(cycleId);
        c.voteEndsAt = Instant.now().minusSeconds(1);
    }

    @Transactional
    String closer(long cycleId) {
        AuditEntry e = AuditEntry.find("action = ?1 and entityId = ?2", "budget.vote.select", String.valueOf(cycleId)).firstResult();
        return e.actor;
    }
}
