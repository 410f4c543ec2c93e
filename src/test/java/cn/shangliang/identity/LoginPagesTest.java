package cn.shangliang.identity;

import cn.shangliang.common.security.Role;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LoginPagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void loginSetsHttpOnlyCookieAndRedirects() {
        Fixtures.User user = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        Forms.login(user.username(), Fixtures.PASSWORD)
                .formParam("next", "/notices")
                .post("/login").then().statusCode(303)
                .header("Location", containsString("/notices"))
                .cookie("sl_token", io.restassured.matcher.RestAssuredMatchers.detailedCookie()
                        .httpOnly(true).sameSite("Lax").path("/"));
    }

    @Test
    void wrongPasswordShowsMessageAndNoCookie() {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        Forms.login(user.username(), "wrong")
                .post("/login").then().statusCode(401)
                .body(containsString("账号或密码不正确"));
    }

    @Test
    void formWithoutCsrfTokenIsRejected() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("login", "x").formParam("password", "y")
                .post("/login").then().statusCode(400);
    }

    @Test
    void externalRedirectTargetIsIgnored() {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        Forms.login(user.username(), Fixtures.PASSWORD)
                .formParam("next", "//evil.example/")
                .post("/login").then().statusCode(303)
                .header("Location", equalTo(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/"));
    }

    @Test
    void logoutClearsCookie() {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        Forms.post("/", user.token()).post("/logout").then().statusCode(303)
                .cookie("sl_token", io.restassured.matcher.RestAssuredMatchers.detailedCookie().maxAge(0));
    }

    @Test
    void protectedPageRedirectsVisitorsToLogin() {
        given().redirects().follow(false).get("/audit").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Faudit"));
    }

    @Test
    void protectedPageShowsChineseErrorPageForWrongRole() {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        given().cookie("sl_token", user.token()).get("/audit").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("没有权限"));
    }

    @Test
    void unknownPageIsAFriendly404() {
        given().get("/no-such-page").then().statusCode(404).body(containsString("出错了"));
        given().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
