package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An assembly's numbers and staff records as files: the result's building rows add up to its totals and are the
 * published (merged) ones; turnout while open; the staff lists never carry a choice; who may download each.
 */
@QuarkusTest
class AssemblyExportsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    @Test
    void theResultFileIsThePublishedRecordWithTotalsLast() {
        TestEstate e = assembly.estate(16);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String[] choices = {"AGREE", "AGREE", "AGREE", "OPPOSE", "AGREE", "AGREE", "ABSTAIN", "AGREE", "AGREE", "AGREE",
                "AGREE", "OPPOSE", "AGREE", "AGREE"};
        for (int i = 0; i < choices.length; i++) {
            as(assembly.card(e.estateId(), e.owners().get(i))).body(Map.of("choice", choices[i]))
                    .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        }
        List<CSVRecord> turnout = ExportFiles.csv(given().get("/exports/assembly-turnout/" + id + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("1600.00", "16"), List.of(turnout.get(1).get(1), turnout.get(1).get(2)));
        assertEquals(List.of("1400.00", "14"), List.of(turnout.get(2).get(1), turnout.get(2).get(2)));
        given().get("/exports/assembly-result/" + id).then().statusCode(404);
        String open = given().get("/assembly/" + id).then().statusCode(200).extract().asString();
        assertTrue(open.contains("目前参与情况与三分之二参与门槛") && open.contains("1400.00 / 1600.00 平方米（87.50%）")
                && open.contains("✔ 已达到"), "turnout chart with exact numbers and the rule in words");

        assembly.close(id, staff);
        JsonPath result = given().get("/api/assembly/decisions/" + id + "/result").then().extract().jsonPath();
        List<List<XCell>> rows = ExportFiles.xlsx(given().get("/exports/assembly-result/" + id).then().statusCode(200)
                .extract().asByteArray());
        List<XCell> total = rows.get(rows.size() - 1);
        assertEquals("合计", total.get(0).text());
        assertEquals(result.getInt("decision.agree.heads"), Integer.parseInt(total.get(6).text()));
        assertEquals(new BigDecimal(result.getString("decision.agree.areaM2")), new BigDecimal(total.get(5).text()));
        for (int col = 5; col <= 10; col++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (List<XCell> row : rows.subList(1, rows.size() - 1)) {
                sum = sum.add(new BigDecimal(row.get(col).text()));
            }
            assertEquals(0, sum.compareTo(new BigDecimal(total.get(col).text())), "column " + col + " adds up");
        }
        assertEquals(result.getList("decision.buildings").size(), rows.size() - 2, "the published building rows, merged as published");
        String csv = new String(given().get("/exports/assembly-result/" + id + "?format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertFalse(csv.contains("业主0"), "no owner is named");
        String page = given().cookie("sl_lang", "en").get("/assembly/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Result against the legal thresholds") && page.contains("Needed to pass: more than 1/2"),
                "result chart names the required fraction");
        assertTrue(page.contains("<svg class=\"chart-track\""), "drawn as inline SVG");
    }

    @Test
    void staffListsShowNoChoice() {
        TestEstate e = assembly.estate(4);
        String first = assembly.staff(e);
        String second = assembly.staff(e);
        long id = assembly.open(e, first);
        Map<String, Object> sheet = Map.of("sheetNo", "=P-001", "ownerId", e.owners().get(1), "choice", "OPPOSE");
        as(first).body(sheet).post("/api/assembly/decisions/" + id + "/paper").then().statusCode(200);
        as(second).body(sheet).post("/api/assembly/decisions/" + id + "/paper").then().statusCode(200);
        as(first).body(Map.of("ownerId", e.owners().get(0), "proxyName", "李四", "proxyIdNumber", "440301199001011234",
                "instruction", "OPPOSE")).post("/api/assembly/decisions/" + id + "/mandates").then().statusCode(200);

        byte[] paper = given().auth().oauth2(first).get("/exports/assembly-paper-entries/" + id + "?format=csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> entries = ExportFiles.csv(paper);
        assertEquals(3, entries.size());
        assertEquals("'=P-001", entries.get(1).get(0));
        String paperText = new String(paper, StandardCharsets.UTF_8);
        assertFalse(paperText.contains("反对") || paperText.contains("OPPOSE"), paperText);

        byte[] mandates = given().auth().oauth2(first).get("/exports/assembly-mandates/" + id + "?format=csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = ExportFiles.csv(mandates);
        assertEquals("李四", rows.get(1).get(1));
        assertEquals("是", rows.get(1).get(3));
        String mandateText = new String(mandates, StandardCharsets.UTF_8);
        assertFalse(mandateText.contains("反对") || mandateText.contains("OPPOSE") || mandateText.contains("199001011234"));

        for (String name : List.of("assembly-paper-entries", "assembly-mandates")) {
            String url = "/exports/" + name + "/" + id;
            given().get(url).then().statusCode(403);
            given().auth().oauth2(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token()).get(url)
                    .then().statusCode(403);
            given().auth().oauth2(assembly.card(e.estateId(), e.owners().get(2))).get(url).then().statusCode(403);
            given().auth().oauth2(fixtures.user(Role.COUNCIL_CHAIR, Scope.Type.COMMUNITY, e.communityId()).token()).get(url)
                    .then().statusCode(403);
            given().auth().oauth2(fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, e.communityId() + 100_000).token())
                    .get(url).then().statusCode(403);
            given().auth().oauth2(second).get("/exports/" + name + "/999999999").then().statusCode(404);
        }
    }
}
