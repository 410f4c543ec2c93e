package cn.shangliang.community;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.ExportFixtures;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster download: content read back from XLSX and CSV, masking, formulas, order, permissions, bad input. */
@QuarkusTest
class RosterExportTest {

    @Inject
    ExportFixtures exports;

    @Inject
    Fixtures fixtures;

    TestWorld.Place place;
    String staff;

    @BeforeEach
    void estate() {
        place = exports.rosterEstate();
        staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, place.communityId()).token();
    }

    private String url(String format) {
        return "/community/estates/" + place.estateId() + "/roster/export" + (format == null ? "" : "?format=" + format);
    }

    @Test
    void xlsxReadsBackInNaturalOrderWithTextIdentifiersAndNumberAreas() {
        byte[] file = given().auth().oauth2(staff).get(url("xlsx")).then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        List<List<XCell>> rows = ExportFiles.xlsx(file);
        assertEquals("楼栋", rows.get(0).get(0).text());
        List<String> order = rows.subList(1, rows.size()).stream().map(r -> r.get(0).text() + "/" + r.get(1).text()).toList();
        assertEquals(List.of("1栋/0101", "1栋/101", "1栋/1001", "2栋/201", "10栋/101"), order);
        List<XCell> first = rows.get(1);
        assertFalse(first.get(1).number(), "unit number 0101 stays text");
        assertTrue(first.get(2).number(), "area is a number cell");
        assertEquals("60", first.get(2).text().replaceAll("\\.0+$", ""));
        assertEquals("4403**********1234", first.get(8).text());
        assertEquals("138****5678", first.get(9).text());
        assertEquals("'" + ExportFixtures.FORMULA_NAME, rows.get(4).get(6).text(), "a formula-looking name is neutralised");
        assertTrue(rows.get(2).size() < 7 || rows.get(2).get(6).text().isEmpty(), "an unowned unit has no owner");
    }

    @Test
    void csvHasBomAndKeepsLeadingZerosAsText() {
        byte[] file = given().auth().oauth2(staff).get(url("csv")).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        List<CSVRecord> records = ExportFiles.csv(file);
        assertEquals(6, records.size());
        assertEquals("\t0101", records.get(1).get(1), "Excel keeps a tab-marked 0101 as text");
        assertEquals("60.00", records.get(1).get(2));
        assertEquals("'" + ExportFixtures.FORMULA_NAME, records.get(4).get(6));
        assertFalse(new String(file, java.nio.charset.StandardCharsets.UTF_8).contains("13812345678"), "phones are masked");
    }

    @Test
    void everyDownloadIsAudited() {
        given().auth().oauth2(staff).get(url(null)).then().statusCode(200);
        long audits = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'community.roster-export' and entityId = ?1", String.valueOf(place.estateId())));
        assertEquals(1, audits);
    }

    @Test
    void anUnknownFormatIsRefusedInTheVisitorsLanguage() {
        given().auth().oauth2(staff).get(url("pdf")).then().statusCode(400).body(containsString("xlsx"))
                .body(containsString("导出格式"));
        given().auth().oauth2(staff).cookie("sl_lang", "en").get(url("pdf")).then().statusCode(400)
                .body(containsString("The export format must be"));
    }

    @Test
    void onlyThoseWhoReadTheRosterMayDownloadIt() {
        given().redirects().follow(false).get(url("csv")).then().statusCode(303);
        given().auth().oauth2(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, place.communityId()).token())
                .get(url("csv")).then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.OWNER, Scope.Type.ESTATE, place.estateId()).token())
                .get(url("csv")).then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.COUNCIL_CHAIR, Scope.Type.COMMUNITY, place.communityId()).token())
                .get(url("csv")).then().statusCode(403);
        given().auth().oauth2(fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, place.subdistrictId()).token())
                .get(url("csv")).then().statusCode(200);
        given().auth().oauth2(fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, place.subdistrictId()).token())
                .get(url("csv")).then().statusCode(200);
        given().auth().oauth2(fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, place.communityId() + 100_000).token())
                .get(url("csv")).then().statusCode(403);
        given().auth().oauth2(staff).get("/community/estates/999999999/roster/export").then().statusCode(404);
    }
}
