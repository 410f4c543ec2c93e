package cn.shangliang.common.security;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The CSRF rules beyond the per-endpoint lint: the login cookie alone never changes anything. */
@QuarkusTest
class CsrfGuardTest {

    @Inject
    Fixtures fixtures;

    @Test
    void apiTextPostRidingOnTheCookieIsRefusedButBearerIsNot() {
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        given().cookie("sl_token", staff.token()).contentType("text/plain").body("x")
                .post("/api/budget/pabulib/select").then().statusCode(403)
                .body("code", equalTo("csrf-missing"));
        given().header("Authorization", "Bearer " + staff.token()).contentType("text/plain").body("x")
                .post("/api/budget/pabulib/select").then().statusCode(not(equalTo(403)));
    }

    @Test
    void csrfCookieIsStrictAndRotatesAtLogin() {
        given().get("/login").then().statusCode(200)
                .cookie("csrf-token", detailedCookie().sameSite("Strict").httpOnly(true));
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        Forms.Csrf before = Forms.csrf("/login", null);
        String after = before.apply(given().redirects().follow(false))
                .formParam("login", user.username()).formParam("password", Fixtures.PASSWORD)
                .post("/login").then().statusCode(303).extract().cookie("csrf-token");
        assertNotNull(after, "the login answer sets a new CSRF cookie");
        assertNotEquals(before.cookie(), after);
    }
}
