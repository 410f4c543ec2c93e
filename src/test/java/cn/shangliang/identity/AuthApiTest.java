package cn.shangliang.identity;

import cn.shangliang.common.security.Role;

import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthApiTest {

    @Inject
    Fixtures fixtures;

    @Test
    void tokenForGoodCredentialsWorksAsBearer() {
        Fixtures.User user = fixtures.user(Role.COUNCIL_CHAIR, Scope.Type.COMMUNITY, 7);
        String token = given().contentType("application/json")
                .body("{\"login\":\"" + user.username() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}")
                .post("/api/auth/token").then().statusCode(200).body("token", notNullValue())
                .extract().path("token");
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200)
                .body("subject", equalTo("account:" + user.accountId()))
                .body("grants[0].role", equalTo("COUNCIL_CHAIR"))
                .body("grants[0].scopeId", equalTo(7));
    }

    @Test
    void badCredentialsAre401WithProblemJson() {
        given().contentType("application/json").body("{\"login\":\"nobody\",\"password\":\"x\"}")
                .post("/api/auth/token").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("bad-credentials"));
    }

    @Test
    void missingFieldsAre400WithFieldErrors() {
        given().contentType("application/json").body("{\"login\":\"\"}")
                .post("/api/auth/token").then().statusCode(400).body("code", equalTo("invalid-input"));
    }

    @Test
    void meWithoutTokenIs401() {
        given().get("/api/auth/me").then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    @Test
    void tamperedTokenIs401() {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        String tampered = user.token().substring(0, user.token().length() - 4) + "AAAA";
        given().auth().oauth2(tampered).get("/api/auth/me").then().statusCode(401);
    }
}
