package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Sessions end on the server: logout (cookie and Bearer), a disabled account, a deleted grant, an idle staff
 * session and one past its absolute lifetime are refused at the next request, although the JWT is still valid.
 * Each of these passed with the old, token-only sessions.
 */
@QuarkusTest
class SessionEndTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CardFixtures cards;

    @Test
    void apiLogoutEndsTheBearerToken() {
        Fixtures.User user = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        given().auth().oauth2(user.token()).get("/api/auth/me").then().statusCode(200);
        given().auth().oauth2(user.token()).contentType("application/json").post("/api/auth/logout")
                .then().statusCode(204);
        given().auth().oauth2(user.token()).get("/api/auth/me").then().statusCode(401)
                .body("code", equalTo("session-ended"));
    }

    @Test
    void pageLogoutEndsTheTokenAsCookieAndAsBearer() {
        Fixtures.User user = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        Forms.post("/", user.token()).post("/logout").then().statusCode(303);
        given().redirects().follow(false).cookie("sl_token", user.token()).get("/audit").then().statusCode(303)
                .header("Location", containsString("/login?session=ended"));
        given().auth().oauth2(user.token()).get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void cardLogoutEndsTheCardToken() {
        String token = cards.holder("登出业主");
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").post("/api/auth/logout").then().statusCode(204);
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(401);
    }

    @Test
    void disabledSupervisorCanNoLongerReadTheAuditLog() {
        Fixtures.User sup = fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1);
        given().auth().oauth2(sup.token()).get("/api/audit/entries").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = false where id = ?1", sup.accountId()));
        given().auth().oauth2(sup.token()).get("/api/audit/entries").then().statusCode(401);
    }

    @Test
    void deletedGrantIsNotTrustedFromTheTokensGroups() {
        Fixtures.User sup = fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1);
        given().auth().oauth2(sup.token()).get("/api/audit/entries").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> RoleGrant.delete("accountId", sup.accountId()));
        given().auth().oauth2(sup.token()).get("/api/audit/entries").then().statusCode(403);
    }

    @Test
    void idleStaffSessionEndsButAResidentsDoesNot() {
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        Fixtures.User resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        lastSeen(staff.accountId(), Duration.ofMinutes(31));
        lastSeen(resident.accountId(), Duration.ofMinutes(31));
        given().auth().oauth2(staff.token()).get("/api/auth/me").then().statusCode(401);
        given().auth().oauth2(resident.token()).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void activeStaffSessionStaysAndRecordsItsActivity() {
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        lastSeen(staff.accountId(), Duration.ofMinutes(29));
        given().auth().oauth2(staff.token()).get("/api/auth/me").then().statusCode(200);
        Instant seen = QuarkusTransaction.requiringNew().call(() -> AuthSession.<AuthSession>find("accountId",
                staff.accountId()).firstResult().lastSeenAt);
        org.junit.jupiter.api.Assertions.assertTrue(seen.isAfter(Instant.now().minusSeconds(60)), "touched: " + seen);
    }

    @Test
    void sessionEndsAtItsAbsoluteLifetime() {
        Fixtures.User resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        QuarkusTransaction.requiringNew().run(() -> AuthSession.update("createdAt = ?1 where accountId = ?2",
                Instant.now().minus(Duration.ofHours(8)).minusSeconds(1), resident.accountId()));
        given().auth().oauth2(resident.token()).get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void signedTokenWithoutSessionIsRefused() {
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, 1);
        String noSession = Jwt.issuer("shangliang").subject("account:" + staff.accountId())
                .upn("account:" + staff.accountId()).groups(Set.of(Role.N_COMMUNITY_STAFF)).claim("name", "x")
                .expiresAt(Instant.now().plusSeconds(600)).sign();
        given().auth().oauth2(noSession).get("/api/auth/me").then().statusCode(401);
    }

    private static void lastSeen(long accountId, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> AuthSession.update("lastSeenAt = ?1 where accountId = ?2",
                Instant.now().minus(ago), accountId));
    }
}
