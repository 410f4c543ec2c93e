package cn.shangliang.budget;

import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.IcsCheck;
import cn.shangliang.testsupport.PdfFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A budget cycle's public tables as files: projects with exact yuan, tally, money trail, evaluations; public to all. */
@QuarkusTest
class BudgetExportsTest {

    @Inject
    BudgetFixtures fx;

    @Test
    void projectsWithExactAmountsAndNeutralisedTitles() {
        BudgetFixtures.Place place = fx.place();
        long cycle = BudgetFixtures.openCycle(place, null);
        long p1 = BudgetFixtures.propose(fx.resident(place.communityId()).token(), cycle, "@SUM(A1) 楼道灯", 123456);
        BudgetFixtures.propose(fx.resident(place.communityId()).token(), cycle, "老年食堂", 50000);
        List<List<XCell>> rows = ExportFiles.xlsx(given().get("/exports/budget-projects/" + cycle).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(3, rows.size());
        List<XCell> first = rows.stream().filter(r -> r.get(0).text().equals(String.valueOf(p1))).findFirst().orElseThrow();
        assertEquals("'@SUM(A1) 楼道灯", first.get(1).text());
        assertEquals("1234.56", first.get(4).text());
        assertTrue(first.get(4).number());
        assertFalse(rows.get(0).stream().anyMatch(c -> c.text().contains("提议人")), "no proposer named");

        List<CSVRecord> csv = ExportFiles.csv(given().cookie("sl_lang", "en").get("/exports/budget-projects/" + cycle + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals("Estimated cost (yuan)", csv.get(0).get(4));
        assertTrue(csv.get(1).get(3).matches("[ -~]+"), "status in English: " + csv.get(1).get(3));
        given().get("/budget/cycles/" + cycle).then().statusCode(200).body(org.hamcrest.Matchers.containsString("/exports/budget-money-trail/" + cycle))
                .body(org.hamcrest.Matchers.containsString("/calendar/budget/" + cycle + ".ics"));
        given().get("/budget/cycles/" + cycle + "/vote").then().statusCode(200);
        given().get("/budget/cycles/" + cycle + "/notice").then().statusCode(200);
        given().get("/budget/projects/" + p1).then().statusCode(200);
        IcsCheck.events(given().get("/calendar/budget/" + cycle + ".ics").then().statusCode(200).extract().asString());
        given().get("/documents/budget-notice/" + cycle + ".pdf").then().statusCode(404)
                .body(org.hamcrest.Matchers.containsString("还没有公示"));
        given().get("/documents/budget-acceptance/" + p1 + ".pdf").then().statusCode(404);
    }

    @Test
    void fromTheVoteToTheEvaluationAsFilesPapersAndCharts() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        long community = place.communityId();
        Fixtures.User r1 = fx.resident(community);
        Fixtures.User r2 = fx.resident(community);
        Fixtures.User[] members = {fx.councilMember(community), fx.councilMember(community), fx.councilMember(community)};
        long cycle = BudgetFixtures.openCycle(place, "\"maxApprovals\":2");
        long a = BudgetFixtures.propose(r1.token(), cycle, "楼道扶手", 60000);
        long b = BudgetFixtures.propose(r1.token(), cycle, "老年助餐", 30000);
        post(staff, "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(staff, "/api/budget/projects/" + a + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        post(staff, "/api/budget/projects/" + b + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        post(staff, "/api/budget/cycles/" + cycle + "/vote", null, 200);
        given().auth().oauth2(staff).contentType("application/json").body("{\"accountIds\":[" + members[0].accountId() + ","
                        + members[1].accountId() + "," + members[2].accountId() + "],\"membersTotal\":3}")
                .put("/api/budget/cycles/" + cycle + "/attendance").then().statusCode(200);
        for (Fixtures.User m : members) {
            post(m.token(), "/api/budget/cycles/" + cycle + "/ballots/council", "{\"projectIds\":[" + a + "]}", 200);
        }
        List<CSVRecord> votes = ExportFiles.csv(given().get("/exports/budget-votes/" + cycle + "?format=csv").then().statusCode(200)
                .extract().asByteArray());
        CSVRecord first = votes.stream().filter(r -> r.get(0).equals(String.valueOf(a))).findFirst().orElseThrow();
        assertEquals("3", first.get(3));
        given().get("/budget/cycles/" + cycle + "/vote").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("按票数排序的项目与年度资金线"))
                .body(org.hamcrest.Matchers.containsString("年度资金线：1000.00 元"));
        post(staff, "/api/budget/cycles/" + cycle + "/selection", null, 200);

        PdfFiles.Read notice = PdfFiles.read(given().get("/documents/budget-notice/" + cycle + ".pdf").then().statusCode(200)
                .extract().asByteArray());
        String noticeText = notice.text().replaceAll("\\s+", "");
        assertTrue(notice.allA4());
        assertTrue(noticeText.contains("拟立项项目公示") && noticeText.contains("楼道扶手") && noticeText.contains("600.00"), noticeText);
        assertFalse(noticeText.contains("老年助餐"), "a project the vote did not choose is not on the notice: " + noticeText);

        fx.endNotice(cycle);
        post(staff, "/api/budget/cycles/" + cycle + "/confirm", null, 200);
        post(staff, "/api/budget/projects/" + a + "/contract", "{\"implementerName\":\"安居公司\",\"implementerKind\":\"COMPANY\","
                + "\"contractFen\":58000,\"councilDecision\":\"2026年第3号决议\"}", 200);
        post(staff, "/api/budget/projects/" + a + "/acceptance", "{\"result\":\"PASSED\",\"representatives\":\"李、张\",\"finalCostFen\":57000}", 200);
        String acceptance = PdfFiles.read(given().get("/documents/budget-acceptance/" + a + ".pdf").then().statusCode(200)
                .extract().asByteArray()).text().replaceAll("\\s+", "");
        assertTrue(acceptance.contains("楼道扶手验收记录") && acceptance.contains("安居公司") && acceptance.contains("570.00")
                && acceptance.contains("李、张"), acceptance);

        post(r1.token(), "/api/budget/projects/" + a + "/ratings", "{\"stars\":5}", 201);
        post(r2.token(), "/api/budget/projects/" + a + "/ratings", "{\"stars\":4}", 201);
        List<CSVRecord> evaluations = ExportFiles.csv(given().get("/exports/budget-evaluations/" + cycle + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("2", "90.0", "优"), List.of(evaluations.get(1).get(2), evaluations.get(1).get(3).replaceAll("0+$", "0"),
                evaluations.get(1).get(4)));
        given().get("/budget/projects/" + a).then().statusCode(200).body(org.hamcrest.Matchers.containsString("绩效得分与等级分数线"));
        List<CSVRecord> money = ExportFiles.csv(given().get("/exports/budget-money-trail/" + cycle + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("600.00", "580.00", "570.00"), List.of(money.get(1).get(4), money.get(1).get(5), money.get(1).get(7)));
    }

    private static void post(String token, String path, String json, int status) {
        BudgetFixtures.post(token, path, json, status);
    }

    @Test
    void everyBudgetTableOpensForAnyoneAndAnUnknownCycleIsNotFound() {
        long cycle = BudgetFixtures.openCycle(fx.place(), null);
        for (String name : List.of("budget-projects", "budget-votes", "budget-money-trail", "budget-evaluations")) {
            List<CSVRecord> csv = ExportFiles.csv(given().get("/exports/" + name + "/" + cycle + "?format=csv")
                    .then().statusCode(200).extract().asByteArray());
            assertEquals(1, csv.size(), name + ": only the heading row in a new cycle");
            given().get("/exports/" + name + "/999999999").then().statusCode(404);
        }
    }
}
