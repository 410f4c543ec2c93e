package cn.shangliang.common.web;

import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Request limits with an answer that says what is wrong. Before issue 11: anonymous Pabulib checks had no size or
 * rate limit, too large bodies and JSON of the wrong type got empty bodies, and {@code ?page=abc} was a 404.
 */
@QuarkusTest
class AbuseLimitsTest {

    @Inject
    Fixtures fixtures;

    private static final String SMALL_PB = "META\nkey;value\ndescription;x\nnum_projects;1\nnum_votes;1\nbudget;100\n"
            + "vote_type;approval\nrule;greedy\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\n1;1\n";

    @Test
    void anonymousPabulibChecksAreSmallAndRateLimited() {
        given().contentType("text/plain").body("x".repeat(300 * 1024)).post("/api/budget/pabulib/select")
                .then().statusCode(413).contentType(containsString("problem+json"))
                .body("code", equalTo("body-too-large")).body("detail", containsString("256 KB"));
        String client = "198.18.0." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", client).contentType("text/plain").body(SMALL_PB)
                    .post("/api/budget/pabulib/select").then().statusCode(200);
        }
        given().header("X-Forwarded-For", client).contentType("text/plain").body(SMALL_PB)
                .post("/api/budget/pabulib/select").then().statusCode(429).header("Retry-After", notNullValue())
                .body("code", equalTo("too-many-attempts"));
        // a logged-in caller is counted by login, not by address, and may send larger files
        String token = fixtures.user(null, null, 0).token();
        given().auth().oauth2(token).header("X-Forwarded-For", client).contentType("text/plain")
                .body(SMALL_PB + "\n".repeat(300 * 1024)).post("/api/budget/pabulib/select").then().statusCode(200);
    }

    @Test
    void aTooLargeBodyIs413WithAProblem() {
        given().contentType("application/json").body("{\"login\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}")
                .post("/api/auth/token").then().statusCode(413).contentType(containsString("problem+json"))
                .body("code", equalTo("body-too-large")).body("detail", containsString("1 MB"));
        given().header("Accept-Language", "en").contentType("text/csv").body(new byte[21 * 1024 * 1024])
                .post("/api/community/estates/1/roster").then().statusCode(413)
                .body("detail", containsString("20 MB"));
    }

    @Test
    void jsonOfTheWrongShapeIs400WithAProblem() {
        given().contentType("application/json").body("{\"login\": ").post("/api/auth/token").then()
                .statusCode(400).contentType(containsString("problem+json")).body("code", equalTo("json-invalid"));
        given().contentType("application/json").body(Map.of("login", "a", "password", java.util.List.of(1)))
                .post("/api/auth/token").then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void aQueryParameterThatIsNotANumberIs400() {
        given().get("/api/assembly/decisions?page=abc").then().statusCode(400)
                .contentType(containsString("problem+json")).body("code", equalTo("query-invalid"))
                .body("detail", containsString("abc"));
        given().get("/api/assembly/decisions/abc").then().statusCode(404);
    }
}
