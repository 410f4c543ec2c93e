package cn.shangliang.budget;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static cn.shangliang.budget.BudgetFixtures.openCycle;
import static cn.shangliang.budget.BudgetFixtures.post;
import static cn.shangliang.budget.BudgetFixtures.propose;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Walks a cycle through every stage by the API, with the refusals each stage must give. */
@QuarkusTest
class BudgetApiTest {

    @Inject
    BudgetFixtures fx;

    @Test
    void aCycleWalksThroughEveryStage() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        long community = place.communityId();
        Fixtures.User r1 = fx.resident(community);
        Fixtures.User r2 = fx.resident(community);
        Fixtures.User m1 = fx.councilMember(community);
        Fixtures.User m2 = fx.councilMember(community);
        Fixtures.User m3 = fx.councilMember(community);
        long cycle = openCycle(place, "\"maxApprovals\":2");
        given().get("/api/budget/cycles/" + cycle).then().statusCode(200)
                .body("status", equalTo("PROPOSING")).body("noticeDays", equalTo(5)).body("quorum", equalTo("> 2/3"))
                .body("capWorksFen", equalTo(100000000));

        // 点单
        long a = propose(r1.token(), cycle, "扶手", 60000);
        long b = propose(r1.token(), cycle, "助餐", 50000);
        long c = propose(r1.token(), cycle, "图书", 30000);
        long d = propose(r2.token(), cycle, "电梯", 10000);
        long e = given().auth().oauth2(staff).contentType("application/json")
                .body("{\"title\":\"图书角\",\"need\":\"纸质\",\"location\":\"二楼\",\"type\":\"GOODS\",\"estimatedCostFen\":20000,"
                        + "\"beneficiaries\":\"儿童\",\"proposerName\":\"王阿姨\"}")
                .post("/api/budget/cycles/" + cycle + "/paper-proposals").then().statusCode(201)
                .body("source", equalTo("PAPER")).body("proposerName", equalTo("王阿姨")).extract().jsonPath().getLong("id");
        post(staff, "/api/budget/cycles/" + cycle + "/proposals", "{\"title\":\"x\",\"need\":\"x\",\"location\":\"x\","
                + "\"type\":\"GOODS\",\"estimatedCostFen\":1,\"beneficiaries\":\"x\"}", 403);

        // 审核
        post(staff, "/api/budget/projects/" + a + "/review", "{\"decision\":\"ACCEPT\"}", 409);
        post(staff, "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(r1.token(), "/api/budget/projects/" + a + "/review", "{\"decision\":\"ACCEPT\"}", 403);
        post(staff, "/api/budget/projects/" + a + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        post(staff, "/api/budget/projects/" + b + "/cost", "{\"estimatedCostFen\":40000,\"note\":\"询价后下调\"}", 200);
        post(staff, "/api/budget/projects/" + b + "/review", "{\"decision\":\"ACCEPT\",\"note\":\"符合\"}", 200);
        post(staff, "/api/budget/projects/" + c + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        post(staff, "/api/budget/projects/" + d + "/review", "{\"decision\":\"REJECT\",\"reason\":\"OTHER\"}", 400);
        post(staff, "/api/budget/projects/" + d + "/review", "{\"decision\":\"REJECT\",\"reason\":\"PROPERTY_COMPANY_DUTY\"}", 200);
        post(staff, "/api/budget/projects/" + e + "/merge", "{\"intoId\":" + c + ",\"note\":\"同一需求\"}", 200);
        given().auth().oauth2(r2.token()).get("/api/budget/projects/mine").then().statusCode(200)
                .body("[0].status", equalTo("REJECTED")).body("[0].rejectReason", equalTo("PROPERTY_COMPANY_DUTY"));
        given().get("/api/budget/projects/" + b).then().statusCode(200)
                .body("project.estimatedCostFen", equalTo(40000)).body("project.proposedCostFen", equalTo(50000));

        // 票决
        post(staff, "/api/budget/cycles/" + cycle + "/vote", null, 200);
        given().auth().oauth2(staff).get("/api/budget/cycles/" + cycle + "/council-members").then().statusCode(200)
                .body("accountId", hasSize(3));
        given().auth().oauth2(staff).contentType("application/json")
                .body("{\"accountIds\":[" + m1.accountId() + "," + m2.accountId() + "],\"membersTotal\":3}")
                .put("/api/budget/cycles/" + cycle + "/attendance").then().statusCode(200).body("quorumMet", equalTo(false));
        given().auth().oauth2(staff).contentType("application/json")
                .body("{\"accountIds\":[" + m1.accountId() + "," + m2.accountId() + "," + m3.accountId() + "],\"membersTotal\":3}")
                .put("/api/budget/cycles/" + cycle + "/attendance").then().statusCode(200).body("quorumMet", equalTo(true));
        String ballots = "/api/budget/cycles/" + cycle + "/ballots/";
        post(m1.token(), ballots + "council", "{\"projectIds\":[" + a + "," + b + "," + c + "]}", 400);
        post(m1.token(), ballots + "council", "{\"projectIds\":[" + d + "]}", 400);
        // issue 19: an empty approval ballot is refused, in the visitor's language
        given().auth().oauth2(m1.token()).header("Accept-Language", "en").contentType("application/json")
                .body("{\"projectIds\":[]}").post(ballots + "council").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("choose at least one"));
        post(m1.token(), ballots + "council", "{\"projectIds\":[" + a + "," + c + "]}", 200);
        post(m1.token(), ballots + "council", "{\"projectIds\":[" + a + "," + b + "]}", 200);
        post(m2.token(), ballots + "council", "{\"projectIds\":[" + a + "," + c + "]}", 200);
        post(r1.token(), ballots + "council", "{\"projectIds\":[" + a + "]}", 403);
        post(r1.token(), ballots + "resident", "{\"projectIds\":[" + a + "]}", 409);
        post(staff, ballots + "tally", "{\"memberAccountId\":" + r1.accountId() + ",\"projectIds\":[" + a + "]}", 400);
        post(staff, ballots + "tally", "{\"memberAccountId\":" + m3.accountId() + ",\"projectIds\":[" + a + "," + b + "]}", 200);
        post(staff, ballots + "tally", "{\"memberAccountId\":" + m1.accountId() + ",\"projectIds\":[" + a + "]}", 409);
        given().get("/api/budget/cycles/" + cycle + "/tally").then().statusCode(200).body("ballots", equalTo(3));
        post(r1.token(), "/api/budget/cycles/" + cycle + "/selection", null, 403);
        JsonPath lines = given().auth().oauth2(staff).contentType("application/json").post("/api/budget/cycles/" + cycle + "/selection")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(a, lines.getLong("[0].projectId"));
        assertEquals(true, lines.getBoolean("[0].funded"));
        assertEquals(100000, lines.getLong("[0].remainingBeforeFen"));
        assertEquals(b, lines.getLong("[1].projectId"));
        assertEquals(true, lines.getBoolean("[1].funded"));
        assertEquals("BELOW_MAJORITY", lines.getString("[2].verdict"));
        given().get("/notices").then().statusCode(200);
        given().queryParam("category", "BUDGET").queryParam("community", community).get("/api/notices").then()
                .statusCode(200).body("title", hasItem(containsString("票决结果公示")))
                // the stored notice names the rule in words, not by its code
                .body("body", hasItem(containsString("按规则「按票数从高到低，放不下的跳过」在年度资金")))
                .body("body", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(containsString("greedy"))));
        for (String rule : CycleService.RULES) {
            org.junit.jupiter.api.Assertions.assertNotEquals(rule, SelectionRuleLabel.stored(rule), "no label for " + rule);
        }

        // 公示
        post(staff, "/api/budget/cycles/" + cycle + "/confirm", null, 409);
        post(m1.token(), "/api/budget/cycles/" + cycle + "/objections", "{\"text\":\"不同意\"}", 403);
        post(r2.token(), "/api/budget/cycles/" + cycle + "/objections", "{\"text\":\" \"}", 400);
        long objection = given().auth().oauth2(r2.token()).contentType("application/json").body("{\"text\":\"图书更需要\"}")
                .post("/api/budget/cycles/" + cycle + "/objections").then().statusCode(201).extract().jsonPath().getLong("id");
        fx.endNotice(cycle);
        post(r2.token(), "/api/budget/cycles/" + cycle + "/objections", "{\"text\":\"迟到的异议\"}", 409);
        post(staff, "/api/budget/cycles/" + cycle + "/confirm", null, 409);
        post(r2.token(), "/api/budget/objections/" + objection + "/answer", "{\"text\":\"自答\"}", 403);
        post(staff, "/api/budget/objections/" + objection + "/answer", "{\"text\":\"票决按规则进行，图书项目未获多数支持\"}", 200);
        post(staff, "/api/budget/objections/" + objection + "/answer", "{\"text\":\"再答\"}", 409);
        post(staff, "/api/budget/cycles/" + cycle + "/confirm", null, 200);
        given().get("/api/budget/projects/" + a).then().body("project.status", equalTo("APPROVED"))
                .body("project.approvedFen", equalTo(60000));

        // 实施
        String contract = "{\"implementerName\":\"安居公司\",\"implementerKind\":\"COMPANY\",\"contractFen\":70000}";
        post(staff, "/api/budget/projects/" + a + "/contract", contract, 400);
        post(r1.token(), "/api/budget/projects/" + a + "/contract", contract, 403);
        post(staff, "/api/budget/projects/" + a + "/contract", contract.replace("}", ",\"councilDecision\":\"2026年第3号决议\"}"), 200);
        post(staff, "/api/budget/projects/" + a + "/milestones", "{\"title\":\"进场\",\"dueOn\":\"2026-05-01\"}", 201);
        post(staff, "/api/budget/projects/" + a + "/reports", "{\"text\":\"材料进场\",\"percent\":30,"
                + "\"expenses\":[{\"description\":\"扶手材料\",\"amountFen\":20000}]}", 201);
        post(staff, "/api/budget/projects/" + a + "/reports", "{\"text\":\"超支\",\"percent\":40,"
                + "\"expenses\":[{\"description\":\"多买\",\"amountFen\":60000}]}", 400);
        post(staff, "/api/budget/projects/" + a + "/reports", "{\"text\":\"x\",\"percent\":101}", 400);
        given().get("/api/budget/projects/" + a).then().body("reports", hasSize(1)).body("money.spentFen", equalTo(20000))
                .body("money.contractFen", equalTo(70000)).body("milestones[0].title", equalTo("进场"));

        // 验收
        post(staff, "/api/budget/projects/" + a + "/acceptance", "{\"result\":\"RECTIFY\",\"representatives\":\"李、张\",\"finalCostFen\":60000}", 400);
        post(staff, "/api/budget/projects/" + a + "/acceptance", "{\"result\":\"RECTIFY\",\"items\":\"扶手松动\",\"representatives\":\"李、张\",\"finalCostFen\":60000}", 200);
        post(staff, "/api/budget/projects/" + a + "/acceptance", "{\"result\":\"PASSED\",\"representatives\":\"李、张\",\"finalCostFen\":65000}", 200);

        // 评价
        post(staff, "/api/budget/projects/" + b + "/ratings", "{\"stars\":5}", 403);
        post(r1.token(), "/api/budget/projects/" + b + "/ratings", "{\"stars\":5}", 409);
        post(r1.token(), "/api/budget/projects/" + a + "/ratings", "{\"stars\":6}", 400);
        post(r1.token(), "/api/budget/projects/" + a + "/ratings", "{\"stars\":5,\"comment\":\"好\"}", 201);
        post(r1.token(), "/api/budget/projects/" + a + "/ratings", "{\"stars\":1}", 409);
        given().auth().oauth2(r2.token()).contentType("application/json").body("{\"stars\":4}")
                .post("/api/budget/projects/" + a + "/ratings").then().statusCode(201)
                .body("ratings", equalTo(2)).body("grade", equalTo("EXCELLENT")).body("score", equalTo("90.0"));

        // 监督
        given().contentType("application/json").body("{\"text\":\"匿名\"}").post("/api/budget/projects/" + a + "/complaints")
                .then().statusCode(401);
        long complaint = given().auth().oauth2(m1.token()).contentType("application/json").body("{\"text\":\"扶手太低\"}")
                .post("/api/budget/projects/" + a + "/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        post(staff, "/api/budget/complaints/" + complaint + "/answer", "{\"text\":\"x\"}", 403);
        Fixtures.User supervisor = fx.user(Role.SUPERVISOR, community);
        post(supervisor.token(), "/api/budget/complaints/" + complaint + "/answer", "{\"text\":\"已核实，符合规范\"}", 200);
        given().get("/api/budget/cycles/" + cycle + "/money").then().statusCode(200)
                .body("budgetFen", equalTo(100000)).body("allocatedFen", equalTo(100000)).body("spentFen", equalTo(20000))
                .body("unspentFen", equalTo(80000));
        post(staff, "/api/budget/cycles/" + cycle + "/close", null, 409);
        given().get("/api/budget/cycles/" + cycle + "/pabulib").then().statusCode(200)
                .body(containsString("PROJECTS")).body(containsString("vote_type;approval"));
    }

    @Test
    void openingNeedsStaffOfThatCommunityAndGoodSettings() {
        BudgetFixtures.Place place = fx.place();
        BudgetFixtures.Place other = fx.place();
        String body = "{\"communityId\":" + place.communityId() + ",\"year\":2027}";
        given().contentType("application/json").body(body).post("/api/budget/cycles").then().statusCode(401);
        post(other.staff().token(), "/api/budget/cycles", body, 403);
        post(fx.resident(place.communityId()).token(), "/api/budget/cycles", body, 403);
        given().auth().oauth2(place.staff().token()).contentType("application/json")
                .body("{\"communityId\":" + place.communityId() + ",\"year\":2027,\"quorum\":\"two thirds\",\"rule\":\"lottery\"}")
                .post("/api/budget/cycles").then().statusCode(400).body("code", equalTo("invalid-input"))
                .body("errors.field", containsInAnyOrder("quorum", "rule"));
        given().auth().oauth2(place.staff().token()).contentType("application/json")
                .body("{\"communityId\":" + place.communityId() + ",\"year\":2027,\"voteMode\":\"COUNCIL_SCORE\",\"rule\":\"equalshares/add1\"}")
                .post("/api/budget/cycles").then().statusCode(400);
        given().queryParam("community", place.communityId()).get("/api/budget/cycles").then().body("$", hasSize(0));
        post(place.staff().token(), "/api/budget/cycles", body, 201);
        post(place.staff().token(), "/api/budget/cycles", body, 409);
        given().get("/api/budget/cycles/999999999").then().statusCode(404);
    }

    @Test
    void proposingNeedsARosteredResidentAndCompleteInput() {
        BudgetFixtures.Place place = fx.place();
        long cycle = openCycle(place, null);
        Fixtures.User notOnRoster = fx.user(Role.RESIDENT, place.communityId());
        Fixtures.User elsewhere = fx.resident(fx.community());
        String good = "{\"title\":\"t\",\"need\":\"n\",\"location\":\"l\",\"type\":\"WORKS\",\"estimatedCostFen\":100,\"beneficiaries\":\"b\"}";
        post(notOnRoster.token(), "/api/budget/cycles/" + cycle + "/proposals", good, 403);
        post(elsewhere.token(), "/api/budget/cycles/" + cycle + "/proposals", good, 403);
        Fixtures.User resident = fx.resident(place.communityId());
        given().auth().oauth2(resident.token()).contentType("application/json")
                .body("{\"title\":\"\",\"type\":\"WORKS\",\"estimatedCostFen\":-5}")
                .post("/api/budget/cycles/" + cycle + "/proposals").then().statusCode(400)
                .body("errors.field", hasItem("estimatedCostFen"));
        given().get("/api/budget/cycles/" + cycle + "/projects").then().body("$", hasSize(0));
        post(resident.token(), "/api/budget/cycles/" + cycle + "/proposals", good, 201);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(resident.token(), "/api/budget/cycles/" + cycle + "/proposals", good, 409);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/vote", null, 409);
    }

    @Test
    void acceptingAProjectOverItsTypeCapIsRefused() {
        BudgetFixtures.Place place = fx.place();
        long cycle = openCycle(place, "\"capServiceFen\":5000");
        // a resident is refused at once (issue 19); a proposal collected on paper is entered as written
        post(fx.resident(place.communityId()).token(), "/api/budget/cycles/" + cycle + "/proposals", "{\"title\":\"大项目\","
                + "\"need\":\"x\",\"location\":\"x\",\"type\":\"SERVICE\",\"estimatedCostFen\":6000,\"beneficiaries\":\"x\"}", 400);
        long p = given().auth().oauth2(place.staff().token()).contentType("application/json")
                .body("{\"title\":\"大项目\",\"need\":\"x\",\"location\":\"x\",\"type\":\"SERVICE\",\"estimatedCostFen\":6000,"
                        + "\"beneficiaries\":\"x\",\"proposerName\":\"王阿姨\"}")
                .post("/api/budget/cycles/" + cycle + "/paper-proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(place.staff().token(), "/api/budget/projects/" + p + "/review", "{\"decision\":\"ACCEPT\"}", 400);
        post(place.staff().token(), "/api/budget/projects/" + p + "/review", "{\"decision\":\"REJECT\",\"reason\":\"OVER_CAP\"}", 200);
    }

    @Test
    void pabulibSelectReproducesTheSelectedColumn() throws IOException {
        given().contentType("text/plain; charset=UTF-8").body(resource("Netherlands_Assen_2024.pb"))
                .post("/api/budget/pabulib/select").then().statusCode(200)
                .body("rule", equalTo("equalshares/add1"))
                .body("selected", containsInAnyOrder("3", "9", "2", "11", "13", "14", "5", "6", "12"))
                .body("explanations", hasSize(14));
        given().contentType("text/plain; charset=UTF-8").body(resource("Poland_Warszawa_2019_Anin.pb"))
                .queryParam("rule", "greedy").post("/api/budget/pabulib/select").then().statusCode(200)
                .body("explanations[0].funded", equalTo(true));
    }

    @Test
    void theComparisonRulesAreAcceptedByName() throws IOException {
        given().contentType("text/plain; charset=UTF-8").body(resource("Poland_Warszawa_2019_Anin.pb"))
                .queryParam("rule", "equalshares/add1-comparison").post("/api/budget/pabulib/select").then()
                .statusCode(200).body("rule", equalTo("equalshares/add1-comparison"))
                .body("comparison.preferEqualShares", equalTo(0)).body("comparison.preferGreedy", equalTo(91))
                .body("comparison.greedyWon", equalTo(true));
        String assen = resource("Netherlands_Assen_2024.pb").replace("rule;equalshares/add1", "rule;equalshares-comparison");
        given().contentType("text/plain; charset=UTF-8").body(assen).post("/api/budget/pabulib/select").then()
                .statusCode(200).body("rule", equalTo("equalshares-comparison")).body("comparison.greedyWon", notNullValue());
    }

    @Test
    void aCycleSelectingWithTheComparisonStepExplainsTheCount() throws IOException {
        BudgetFixtures.Place place = fx.place();
        long cycle = openCycle(place, "\"voteMode\":\"RESIDENTS_APPROVAL\",\"rule\":\"equalshares-comparison\",\"budgetFen\":10000000");
        given().auth().oauth2(place.staff().token()).contentType("text/plain; charset=UTF-8")
                .body(resource("Netherlands_Assen_2024.pb")).post("/api/budget/cycles/" + cycle + "/pabulib")
                .then().statusCode(200);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/vote", null, 200);
        given().auth().oauth2(place.staff().token()).contentType("application/json")
                .post("/api/budget/cycles/" + cycle + "/selection").then().statusCode(200);
        given().get("/api/budget/cycles/" + cycle).then().statusCode(200)
                .body("comparisonPreferEs", notNullValue()).body("comparisonPreferGreedy", notNullValue());
        given().get("/budget/cycles/" + cycle + "/selection").then().statusCode(200)
                .body(containsString("比较：")).body(containsString("名投票人在平等份额法结果中获得更多"));
        given().cookie("sl_lang", "en").get("/budget/cycles/" + cycle + "/selection").then().statusCode(200)
                .body(containsString("voters get more of the projects they approved"));
        given().get("/api/budget/cycles/" + cycle + "/pabulib").then().statusCode(200)
                .body(containsString("rule;equalshares-comparison"));
    }

    @Test
    void malformedPabulibIs400WithTheLine() {
        String bad = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\n";
        given().contentType("text/plain").body(bad).post("/api/budget/pabulib/select").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("budget.pabulib.format"))
                .body("detail", startsWith("第 7 行")).body("errors[0].message", equalTo("7"));
        given().contentType("text/plain").body(" ").post("/api/budget/pabulib/select").then().statusCode(400);
        given().contentType("text/plain").body("META\nkey;value\nbudget;1\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\n")
                .queryParam("rule", "borda").post("/api/budget/pabulib/select").then().statusCode(400)
                .body("code", equalTo("budget.pabulib.rule"));
    }

    @Test
    void importingAPabulibFileFillsACycleThatCanBeSelected() throws IOException {
        BudgetFixtures.Place place = fx.place();
        long cycle = openCycle(place, "\"voteMode\":\"RESIDENTS_APPROVAL\",\"rule\":\"greedy\",\"budgetFen\":10000000");
        given().contentType("text/plain").body("x").post("/api/budget/cycles/" + cycle + "/pabulib").then().statusCode(401);
        given().auth().oauth2(place.staff().token()).contentType("text/plain").body("META\nbroken")
                .post("/api/budget/cycles/" + cycle + "/pabulib").then().statusCode(400);
        given().auth().oauth2(place.staff().token()).contentType("text/plain; charset=UTF-8")
                .body(resource("Netherlands_Assen_2024.pb")).post("/api/budget/cycles/" + cycle + "/pabulib")
                .then().statusCode(200);
        given().get("/api/budget/cycles/" + cycle + "/projects").then().body("$", hasSize(14))
                .body("source", hasItem("IMPORTED"));
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/vote", null, 200);
        given().auth().oauth2(place.staff().token()).contentType("application/json").post("/api/budget/cycles/" + cycle + "/selection").then()
                .statusCode(200).body("$", hasSize(14));
        given().get("/api/budget/cycles/" + cycle + "/pabulib").then().statusCode(200).body(containsString("num_votes;84"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = BudgetApiTest.class.getResourceAsStream("/pabulib/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
