package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Paper ballots with accounts made in the product, not fixtures: the subdistrict admin makes a staff account,
 * that staff makes a second one, both activate with their codes. A sheet entered by the two counts; entered
 * twice by the same staff it does not.
 */
@QuarkusTest
class PaperBallotAccountsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    @Test
    void twoRealStaffAccountsCountAPaperSheetAndOneStaffTwiceDoesNot() {
        TestEstate e = assembly.estate(3);
        String admin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, e.subdistrictId()).token();
        String first = activated(admin, e.communityId());
        String second = activated(first, e.communityId());

        long id = assembly.open(e, first);
        String path = "/api/assembly/decisions/" + id + "/paper";
        Map<String, Object> sheet = Map.of("sheetNo", "R-001", "ownerId", e.owners().get(0), "choice", "AGREE");
        as(first).body(sheet).post(path).then().statusCode(200);
        as(first).body(sheet).post(path).then().statusCode(409).body("code", equalTo("same-staff"));
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(0));
        as(second).body(sheet).post(path).then().statusCode(200);
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(1));
    }

    /** A community staff account created by {@code creator}, activated with its code, logged in. */
    private static String activated(String creator, long community) {
        String username = "paper-" + UUID.randomUUID().toString().substring(0, 8);
        String code = as(creator).body(Map.of("username", username, "displayName", "录入员", "role",
                        "COMMUNITY_STAFF", "communityId", community))
                .post("/api/accounts").then().statusCode(201).extract().path("code");
        String password = "Luru-Zhiban-2026";
        given().contentType("application/json").body(Map.of("code", code, "password", password, "confirm", password))
                .post("/api/accounts/activate").then().statusCode(200);
        return given().contentType("application/json").body(Map.of("login", username, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("token");
    }
}
