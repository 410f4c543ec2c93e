package cn.shangliang.identity;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import cn.shangliang.testsupport.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static cn.shangliang.testsupport.Api.fromClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account logins are throttled per account and per client with growing delays (429 + Retry-After), an unknown
 * login and a wrong password get the same answer, and every wrong password is audited. Before issue 11 the
 * sixth, the twentieth and the three-hundredth wrong password were all answered 401 at once, unaudited.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MovableClock clock;

    private static Response token(String login, String password, String client) {
        return fromClient(client).body(Map.of("login", login, "password", password)).post("/api/auth/token");
    }

    private static String client() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void wrongPasswordsOfOneAccountAreDelayedMoreAndMore() {
        Fixtures.User user = fixtures.user(null, null, 0);
        for (int i = 0; i < 5; i++) {
            token(user.username(), "wrong-" + i, null).then().statusCode(401).body("code", equalTo("bad-credentials"));
        }
        String retry = token(user.username(), Fixtures.PASSWORD, null).then().statusCode(429)
                .body("code", equalTo("too-many-attempts")).extract().header("Retry-After");
        assertTrue(Long.parseLong(retry) >= 1 && Long.parseLong(retry) <= 60, "Retry-After " + retry);
        // the right password waits too while the account is throttled, from any client
        token(user.username(), Fixtures.PASSWORD, client()).then().statusCode(429);

        clock.set(Instant.now().plus(Duration.ofMinutes(2)));
        token(user.username(), Fixtures.PASSWORD, null).then().statusCode(200);
        assertEquals(5, audits("account.login-failed", String.valueOf(user.accountId())));

        // a success starts afresh; ten more wrong ones spaced out by the first delay reach the longer one
        for (int i = 0; i < 5; i++) {
            token(user.username(), "wrong", null).then().statusCode(401);
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        for (int i = 0; i < 5; i++) {
            token(user.username(), "wrong", null).then().statusCode(401);
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(1)));
        String longer = null;
        for (int i = 0; i < 5 && longer == null; i++) {
            Response r = token(user.username(), "wrong", null);
            longer = r.statusCode() == 429 ? r.header("Retry-After") : null;
        }
        assertTrue(longer != null && Long.parseLong(longer) > 12,
                "past ten failures the wait is longer than the first rate's 12 s: " + longer);
    }

    @Test
    void anUnknownLoginIsAnsweredLikeAWrongPassword() {
        Fixtures.User user = fixtures.user(null, null, 0);
        String unknown = "nobody-" + UUID.randomUUID();
        String wrong = token(user.username(), "wrong", null).then().statusCode(401).extract().path("detail");
        String missing = token(unknown, "wrong", null).then().statusCode(401).extract().path("detail");
        assertEquals(wrong, missing);
        for (int i = 0; i < 4; i++) {
            token(unknown, "wrong", null).then().statusCode(401);
        }
        token(unknown, "wrong", null).then().statusCode(429);
        assertTrue(audits("account.login-failed", "-") >= 5);
    }

    @Test
    void oneClientIsLimitedAcrossAccounts() {
        String client = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 30; i++) {
            token("sprayed-" + i + "-" + UUID.randomUUID(), "wrong", client).then().statusCode(401);
        }
        Fixtures.User user = fixtures.user(null, null, 0);
        token(user.username(), Fixtures.PASSWORD, client).then().statusCode(429).header("Retry-After",
                org.hamcrest.Matchers.notNullValue());
        // another client is not affected
        token(user.username(), Fixtures.PASSWORD, client()).then().statusCode(200);
    }

    @Test
    void theLoginPageSays429WithRetryAfter() {
        Fixtures.User user = fixtures.user(null, null, 0);
        for (int i = 0; i < 5; i++) {
            Forms.login(user.username(), "wrong")
                    .post("/login").then().statusCode(401).body(containsString("账号或密码不正确"));
        }
        Forms.login(user.username(), Fixtures.PASSWORD)
                .post("/login").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("尝试次数过多"));
    }

    @Test
    void aNextWithASpaceIsNotAnError() {
        Fixtures.User user = fixtures.user(null, null, 0);
        Forms.login(user.username(), Fixtures.PASSWORD)
                .formParam("next", "/a b").post("/login").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/"));
    }

    private static long audits(String action, String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and entityId = ?2", action, entityId));
    }
}
