package cn.shangliang.identity;

import cn.shangliang.testsupport.EmptyDatabaseProfile;
import cn.shangliang.common.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The first minutes of a real subdistrict, through the JSON API only, on an empty database without demo data:
 * setup → admin → community and estate → staff account with activation → staff makes a council chair and a
 * second staff → a resident signs up (pending: may not propose) → staff approves → the resident proposes.
 */
@QuarkusTest
@TestProfile(FirstRunApiTest.EmptyDatabase.class)
class FirstRunApiTest {

    static final String DATA = "target/first-run-api";

    public static class EmptyDatabase extends EmptyDatabaseProfile {
        public EmptyDatabase() {
            super(DATA);
        }
    }

    static String setupToken(String dataDir) throws IOException {
        return Files.readString(Path.of(dataDir, SetupService.TOKEN_FILE)).strip();
    }

    @Test
    void fromSetupToAResidentsProposal() throws IOException {
        given().get("/api/setup").then().statusCode(200).body("open", equalTo(true));
        String token = setupToken(DATA);
        given().contentType(ContentType.JSON).body(setup("wrong-token", "admin-first"))
                .post("/api/setup").then().statusCode(403).body("code", equalTo("setup-token-wrong"));
        Map<String, Object> weak = setup(token, "admin-first");
        weak.put("password", "admin-first-1");
        weak.put("confirm", "admin-first-1");
        given().contentType(ContentType.JSON).body(weak).post("/api/setup").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        long subdistrict = given().contentType(ContentType.JSON).body(setup(token, "admin-first"))
                .post("/api/setup").then().statusCode(201).extract().jsonPath().getLong("subdistrictId");
        given().contentType(ContentType.JSON).body(setup(token, "admin-second"))
                .post("/api/setup").then().statusCode(409).body("code", equalTo("setup-done"));
        given().get("/api/setup").then().body("open", equalTo(false));
        assertFalse(Files.exists(Path.of(DATA, SetupService.TOKEN_FILE)), "the used token is deleted");

        String admin = login("admin-first", "Jiedao-Admin-2026");
        long community = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "首个社区", "address", "一路1号"))
                .post("/api/community/subdistricts/" + subdistrict + "/communities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "首个小区"))
                .post("/api/community/communities/" + community + "/estates").then().statusCode(201);

        String staff = activated(admin, "staff-one", Role.COMMUNITY_STAFF, community);
        String chairCode = create(staff, "chair-one", Role.COUNCIL_CHAIR, community);
        String staffTwo = create(staff, "staff-two", Role.COMMUNITY_STAFF, community);
        assertFalse(chairCode.isBlank() || staffTwo.isBlank());
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("username", "admin-by-staff", "displayName", "越权", "role", "SUBDISTRICT_ADMIN",
                        "subdistrictId", subdistrict))
                .post("/api/accounts").then().statusCode(403).body("code", equalTo("grant-outside-scope"));

        given().contentType(ContentType.JSON).body(Map.of("communityId", community, "name", "李居民",
                        "phone", "13800000001", "building", "3栋", "room", "402", "username", "li-resident",
                        "password", "Juming-Li-2026", "confirm", "Juming-Li-2026"))
                .post("/api/signup").then().statusCode(201).body("status", equalTo("PENDING"));
        String resident = login("li-resident", "Juming-Li-2026");
        given().auth().oauth2(resident).get("/api/accounts/me").then().statusCode(200)
                .body("signup.status", equalTo("PENDING"));
        Map<String, Object> proposal = Map.of("communityId", community, "title", "楼道灯坏了",
                "description", "3栋楼道灯不亮", "category", "FACILITIES");
        given().auth().oauth2(resident).contentType(ContentType.JSON).body(proposal)
                .post("/api/proposals").then().statusCode(403);

        long signup = given().auth().oauth2(staff).get("/api/communities/" + community + "/signups").then()
                .statusCode(200).extract().jsonPath().getLong("[0].id");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body("{}")
                .post("/api/signups/" + signup + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("residentId", notNullValue());
        given().auth().oauth2(resident).contentType(ContentType.JSON).body(proposal)
                .post("/api/proposals").then().statusCode(201);
    }

    private static Map<String, Object> setup(String token, String username) {
        Map<String, Object> form = new HashMap<>(Map.of("token", token, "subdistrict", "首个街道",
                "username", username, "displayName", "街道管理员", "password", "Jiedao-Admin-2026",
                "confirm", "Jiedao-Admin-2026"));
        return form;
    }

    static String login(String login, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("login", login, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().jsonPath().getString("token");
    }

    /** Creates the account, activates it with its code as its owner would, and logs in. */
    static String activated(String creator, String username, Role role, long community) {
        String code = create(creator, username, role, community);
        String password = "Mima-" + Math.abs(username.hashCode()) + "-Zz";
        given().contentType(ContentType.JSON).body(Map.of("code", code, "password", password, "confirm", password))
                .post("/api/accounts/activate").then().statusCode(200).body("username", equalTo(username));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "password", password, "confirm", password))
                .post("/api/accounts/activate").then().statusCode(400);
        return login(username, password);
    }

    static String create(String creator, String username, Role role, long community) {
        return given().auth().oauth2(creator).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "姓名" + username, "role", role.name(),
                        "communityId", community))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getString("code");
    }
}
