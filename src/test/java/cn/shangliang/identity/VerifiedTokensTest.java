package cn.shangliang.identity;

import cn.shangliang.testsupport.CardFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A token's signature is verified once and remembered; the session is still checked on every request. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Inject
    CardFixtures cards;

    @Test
    void aRememberedTokenStillStopsAtLogout() {
        String token = cards.holder("缓存业主");
        int before = verified.size();
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        int after = verified.size();
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        assertEquals(after, verified.size(), "the second request reuses the verified token");
        assertEquals(true, after == before + 1 || after == 1, "one entry for the token: " + before + " -> " + after);
        given().auth().oauth2(token).contentType("application/json").post("/api/auth/logout").then().statusCode(204);
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(401).body("code", equalTo("session-ended"));
    }

    @Test
    void aTamperedTokenIsStillRefused() {
        String token = cards.holder("篡改业主");
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
        given().auth().oauth2(tampered).get("/api/cards/me").then().statusCode(401);
    }
}
