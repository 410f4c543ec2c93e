package cn.shangliang.budget;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static cn.shangliang.budget.BudgetFixtures.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The browser path: forms with CSRF, POST-redirect-GET, every stage page rendering. */
@QuarkusTest
class BudgetPagesTest {

    @Inject
    BudgetFixtures fx;

    @Test
    void theSelectionRuleIsShownInWordsNotByItsCode() {
        long cycle = BudgetFixtures.openCycle(fx.place(), "\"rule\":\"greedy-no-skip\"");
        for (String page : new String[] {"", "/vote", "/selection"}) {
            given().get("/budget/cycles/" + cycle + page).then().statusCode(200)
                    .body(containsString("按票数从高到低，遇到放不下的即停止"), not(containsString("greedy-no-skip")));
            given().cookie("sl_lang", "en").get("/budget/cycles/" + cycle + page).then().statusCode(200)
                    .body(containsString("Greedy by votes, stop at the first that does not fit"));
        }
    }

    @Test
    void aRefusedProposalComesBackAsTypedWithItsErrorsInWords() {
        BudgetFixtures.Place place = fx.place();
        long cycle = BudgetFixtures.openCycle(place, null);
        String cyclePage = "/budget/cycles/" + cycle;
        Fixtures.User resident = fx.resident(place.communityId());
        Forms.post(cyclePage, resident.token()).formParam("title", "楼道扶手改造").formParam("need", "老人上楼难\n需要扶手")
                .formParam("location", "").formParam("type", "GOODS").formParam("estimatedCost", "12.345")
                .formParam("beneficiaries", "老人").post(cyclePage + "/proposals").then().statusCode(400)
                .body(containsString("value=\"楼道扶手改造\""), containsString("老人上楼难\n需要扶手</textarea>"),
                        containsString("value=\"GOODS\" selected"), containsString("value=\"12.345\""),
                        containsString("请填写金额"), not(containsString("estimatedCostFen")), not(containsString("出错了")));
        Forms.post(cyclePage, resident.token()).cookie("sl_lang", "en").formParam("title", "Handrails")
                .formParam("need", "n").formParam("location", "").formParam("type", "WORKS").formParam("estimatedCost", "10")
                .formParam("beneficiaries", "b").post(cyclePage + "/proposals").then().statusCode(400)
                .body(containsString("value=\"Handrails\""), containsString("Required"));
        given().get("/api/budget/cycles/" + cycle + "/projects").then().body("$", org.hamcrest.Matchers.hasSize(0));

        String staff = place.staff().token();
        Forms.post("/budget", staff).formParam("communityId", place.communityId()).formParam("year", "2027")
                .formParam("budget", "abc").formParam("quorum", "two thirds").post("/budget/cycles").then().statusCode(400)
                .body(containsString("value=\"abc\""), containsString("value=\"two thirds\""), containsString("请填写金额"));
        Forms.post("/budget", staff).formParam("communityId", place.communityId()).formParam("year", "1999")
                .formParam("title", "一九九九").post("/budget/cycles").then().statusCode(400)
                .body(containsString("value=\"1999\""), containsString("value=\"一九九九\""), containsString("须在 2000 与 2100 之间"));
    }

    @Test
    void aScoreBallotWithAWrongScoreComesBackAsTypedAndNothingIsCounted() {
        BudgetFixtures.Place place = fx.place();
        long cycle = BudgetFixtures.openCycle(place, "\"voteMode\":\"COUNCIL_SCORE\",\"maxScore\":5");
        Fixtures.User resident = fx.resident(place.communityId());
        long a = BudgetFixtures.propose(resident.token(), cycle, "路灯", 10000);
        long b = BudgetFixtures.propose(resident.token(), cycle, "座椅", 20000);
        BudgetFixtures.openVote(place, cycle, a, b);
        Fixtures.User member = fx.councilMember(place.communityId());
        given().auth().oauth2(place.staff().token()).contentType("application/json")
                .body("{\"accountIds\":[" + member.accountId() + "],\"membersTotal\":1}")
                .put("/api/budget/cycles/" + cycle + "/attendance").then().statusCode(200);
        String cyclePage = "/budget/cycles/" + cycle;
        String votePage = cyclePage + "/vote";

        // a score that is no number is named beside its project; every score typed stays
        Forms.post(votePage, member.token()).formParam("score_" + a, "3").formParam("score_" + b, "viel")
                .post(cyclePage + "/ballots/council").then().statusCode(400)
                .body(containsString("name=\"score_" + b + "\" type=\"number\" min=\"0\" max=\"5\" value=\"viel\""),
                        containsString("name=\"score_" + a + "\" type=\"number\" min=\"0\" max=\"5\" value=\"3\""),
                        containsString("id=\"score_" + b + "-error\""), containsString("请填写数字"),
                        not(containsString("score_" + a + "-error")));
        Forms.post(votePage, member.token()).cookie("sl_lang", "en").formParam("score_" + a, "x").formParam("score_" + b, "1")
                .post(cyclePage + "/ballots/council").then().statusCode(400).body(containsString("Enter a number"));
        // a score over the maximum is the service's refusal, shown at the top with the scores kept
        Forms.post(votePage, member.token()).formParam("score_" + a, "9").formParam("score_" + b, "1")
                .post(cyclePage + "/ballots/council").then().statusCode(400)
                .body(containsString("须在 0 与 5 之间"), containsString("value=\"9\""));
        given().get("/api/budget/cycles/" + cycle + "/tally").then().body("ballots", org.hamcrest.Matchers.equalTo(0));

        Forms.post(votePage, member.token()).formParam("score_" + a, "3").formParam("score_" + b, "1")
                .post(cyclePage + "/ballots/council").then().statusCode(303);
        given().get("/api/budget/cycles/" + cycle + "/tally").then().body("ballots", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void proposeReviewVoteNoticeAcceptRateThroughThePages() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        Fixtures.User resident = fx.resident(place.communityId());
        Fixtures.User member = fx.councilMember(place.communityId());
        String location = Forms.post("/budget", staff).formParam("communityId", place.communityId()).formParam("year", "2026")
                .formParam("budget", "1000").formParam("maxApprovals", "3").post("/budget/cycles")
                .then().statusCode(303).extract().header("Location");
        String cyclePage = location.substring(location.indexOf("/budget/"));
        long cycle = Long.parseLong(cyclePage.substring(cyclePage.lastIndexOf('/') + 1));
        given().get(cyclePage).then().statusCode(200).body(containsString("征集点单"));

        String projectPage = Forms.post(cyclePage, resident.token()).formParam("title", "楼道扶手").formParam("need", "老人上楼难")
                .formParam("location", "3栋").formParam("type", "WORKS").formParam("estimatedCost", "600.50")
                .formParam("beneficiaries", "老人").post(cyclePage + "/proposals").then().statusCode(303)
                .extract().header("Location");
        projectPage = projectPage.substring(projectPage.indexOf("/budget/"));
        long project = Long.parseLong(projectPage.substring(projectPage.lastIndexOf('/') + 1));
        given().cookie("sl_token", resident.token()).get("/budget/mine").then().statusCode(200).body(containsString("楼道扶手"));
        Forms.post(cyclePage, resident.token()).formParam("title", "x").formParam("estimatedCost", "abc")
                .post(cyclePage + "/proposals").then().statusCode(400);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").cookie("sl_token", resident.token())
                .formParam("title", "no csrf").post(cyclePage + "/proposals").then().statusCode(400);
        given().redirects().follow(false).get("/budget/mine").then().statusCode(303).header("Location", containsString("/login"));

        Forms.post(cyclePage, staff).post(cyclePage + "/start-review").then().statusCode(303);
        Forms.post(projectPage, resident.token()).formParam("decision", "ACCEPT").post(projectPage + "/review").then().statusCode(403);
        Forms.post(projectPage, staff).formParam("decision", "ACCEPT").post(projectPage + "/review").then().statusCode(303);
        given().get(projectPage).then().statusCode(200).body(containsString("审核通过")).body(containsString("600.50"));
        Forms.post(cyclePage, staff).post(cyclePage + "/start-vote").then().statusCode(303);

        String votePage = cyclePage + "/vote";
        Forms.post(votePage, staff).formParam("accountId", member.accountId()).formParam("membersTotal", "abc")
                .post(cyclePage + "/attendance").then().statusCode(400)
                .body(containsString("value=\"abc\""), containsString("请填写数字"), containsString(" checked>"));
        Forms.post(votePage, staff).formParam("accountId", member.accountId()).formParam("membersTotal", "1")
                .post(cyclePage + "/attendance").then().statusCode(303);
        given().cookie("sl_token", member.token()).get(votePage).then().statusCode(200).body(containsString("已达到法定人数"));
        Forms.post(votePage, member.token()).formParam("projectId", "abc")
                .post(cyclePage + "/ballots/council").then().statusCode(400);
        given().get("/api/budget/cycles/" + cycle + "/tally").then().body("ballots", org.hamcrest.Matchers.equalTo(0));
        Forms.post(votePage, member.token()).formParam("projectId", project)
                .post(cyclePage + "/ballots/council").then().statusCode(303);
        Forms.post(votePage, staff).post(cyclePage + "/selection").then().statusCode(303)
                .header("Location", containsString("/selection"));
        given().get(cyclePage + "/selection").then().statusCode(200).body(containsString("楼道扶手")).body(containsString("入选"));

        Forms.post(cyclePage + "/notice", resident.token()).formParam("text", "请说明").post(cyclePage + "/objections")
                .then().statusCode(303);
        given().get(cyclePage + "/notice").then().statusCode(200).body(containsString("请说明"));
        String answerForm = given().cookie("sl_token", staff).get(cyclePage + "/notice").asString();
        String objectionAction = answerForm.replaceAll("(?s).*action=\"(/budget/cycles/\\d+/objections/\\d+/answer)\".*", "$1");
        Forms.post(cyclePage + "/notice", staff).formParam("text", "已说明").post(objectionAction).then().statusCode(303);
        fx.endNotice(cycle);
        Forms.post(cyclePage + "/notice", staff).post(cyclePage + "/confirm").then().statusCode(303);

        Forms.post(projectPage, staff).formParam("implementerName", "安居公司").formParam("implementerKind", "COMPANY")
                .formParam("contract", "600.50").post(projectPage + "/contract").then().statusCode(303);
        Forms.post(projectPage, staff).formParam("text", "完工").formParam("percent", "100").formParam("expense1", "材料")
                .formParam("amount1", "500").post(projectPage + "/reports").then().statusCode(303);
        Forms.post(projectPage, staff).formParam("result", "PASSED").formParam("representatives", "李、张")
                .formParam("finalCost", "590").post(projectPage + "/acceptance").then().statusCode(303);
        Forms.post(projectPage, resident.token()).formParam("stars", "5").formParam("comment", "很好")
                .post(projectPage + "/ratings").then().statusCode(303);
        given().cookie("sl_token", resident.token()).get(projectPage).then().statusCode(200)
                .body(containsString("已验收")).body(containsString("优"));
        Forms.post(projectPage, member.token()).formParam("text", "扶手高度？").post(projectPage + "/complaints").then().statusCode(303);
        given().get(cyclePage + "/money").then().statusCode(200).body(containsString("<svg")).body(containsString("500.00"));
        given().get("/budget").then().statusCode(200).body(containsString("民生微实事"));
        given().cookie("sl_lang", "en").get(projectPage).then().statusCode(200).body(containsString("Completed"));
        given().cookie("sl_token", staff).get("/").then().statusCode(200);
        post(staff, "/api/budget/cycles/" + cycle + "/close", null, 200);
        given().get(cyclePage).then().body(startsWith("<!DOCTYPE html>"));
    }
}
