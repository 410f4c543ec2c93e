package cn.shangliang.budget;

import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.IcsCheck;
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
