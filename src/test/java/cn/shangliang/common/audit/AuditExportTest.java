package cn.shangliang.common.audit;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log as a file: every entry, formulas neutralised; only for supervisors and subdistrict administrators. */
@QuarkusTest
class AuditExportTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AuditLog audit;

    @Test
    void supervisorsGetEveryEntry() {
        QuarkusTransaction.requiringNew().run(() -> audit.record("=evil", "test.export", "thing", 7, "+摘要"));
        String supervisor = fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1).token();
        given().cookie("sl_token", supervisor).get("/audit").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/audit/export?format=csv"));
        List<CSVRecord> rows = ExportFiles.csv(given().auth().oauth2(supervisor).get("/audit/export?format=csv")
                .then().statusCode(200).extract().asByteArray());
        long entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        assertTrue(rows.size() - 1 >= entries - 1, "every entry written before the download");
        CSVRecord mine = rows.stream().filter(r -> r.get(3).equals("test.export")).findFirst().orElseThrow();
        assertEquals("'=evil", mine.get(2));
        assertEquals("'+摘要", mine.get(6));
        ExportFiles.xlsx(given().auth().oauth2(fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, 1).token())
                .get("/audit/export").then().statusCode(200).extract().asByteArray());
    }

    @Test
    void nobodyElse() {
        given().redirects().follow(false).get("/audit/export").then().statusCode(303);
        for (Role role : List.of(Role.COMMUNITY_STAFF, Role.RESIDENT, Role.COUNCIL_CHAIR)) {
            given().auth().oauth2(fixtures.user(role, Scope.Type.COMMUNITY, 1).token()).get("/audit/export").then().statusCode(403);
        }
    }
}
