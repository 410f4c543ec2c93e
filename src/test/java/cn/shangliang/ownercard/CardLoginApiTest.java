package cn.shangliang.ownercard;

import cn.shangliang.identity.TokenIssuer;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Card login through the API: the token contract, first-use PIN change, lockout and bad input. */
@QuarkusTest
class CardLoginApiTest {

    @Inject
    CardFixtures cards;

    @Inject
    TokenIssuer tokens;

    private TestWorld.Card newCard(boolean pinChanged) {
        TestWorld.Place place = cards.estate();
        return cards.card(cards.owner(place.estateId(), "王秀兰"), pinChanged);
    }

    private static io.restassured.response.Response login(String number, String pin) {
        return given().contentType("application/json").body(Map.of("number", number, "pin", pin))
                .post("/api/auth/card-token");
    }

    @Test
    void cardTokenFollowsTheContract() {
        TestWorld.Card card = newCard(true);
        String grouped = card.number().substring(0, 4) + " " + card.number().substring(4, 8) + " "
                + card.number().substring(8);
        String token = login(grouped, card.pin()).then().statusCode(200)
                .body("token", notNullValue()).body("pinChangeRequired", equalTo(false))
                .extract().path("token");
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200)
                .body("subject", equalTo("card:" + card.id())).body("name", equalTo("王秀兰"));
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200)
                .body("id", equalTo((int) card.id())).body("status", equalTo("ACTIVE"))
                .body("estateId", equalTo((int) card.estateId())).body("ownerId", equalTo((int) card.ownerId()));
        assertEquals(1, cards.audits("card.login", card.id()));
    }

    /** Issue 18: a card number typed with a Chinese input method's full-width digits was refused (the PIN was not). */
    @Test
    void aCardNumberAndPinTypedInFullWidthDigitsLogIn() {
        TestWorld.Card card = newCard(true);
        login(fullWidth(card.number()), fullWidth(card.pin())).then().statusCode(200).body("token", notNullValue());
        login(fullWidth(card.number().substring(0, 4)) + "\u3000" + fullWidth(card.number().substring(4)), card.pin())
                .then().statusCode(200);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '\uFF10') : (char) c));
        return out.toString();
    }

    @Test
    void theInitialPinMustBeChangedBeforeAnythingElse() {
        TestWorld.Card card = newCard(false);
        String token = login(card.number(), card.pin()).then().statusCode(200)
                .body("pinChangeRequired", equalTo(true)).extract().path("token");
        given().auth().oauth2(token).get("/api/notices").then().statusCode(403)
                .body("code", equalTo("pin-change-required"));
        given().auth().oauth2(token).redirects().follow(false).get("/notices").then().statusCode(303)
                .header("Location", containsString("/card/pin"));
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200)
                .body("pinChangeRequired", equalTo(true));

        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("currentPin", card.pin(), "newPin", "735194"))
                .put("/api/cards/me/pin").then().statusCode(204);

        given().auth().oauth2(token).get("/api/notices").then().statusCode(200);
        login(card.number(), card.pin()).then().statusCode(401);
        login(card.number(), "735194").then().statusCode(200).body("pinChangeRequired", equalTo(false));
        assertEquals(1, cards.audits("card.pin-change", card.id()));
        assertFalse(cards.reload(card.id()).pinChangeRequired);
    }

    @Test
    void weakOrMismatchedNewPinsAre400AndChangeNothing() {
        TestWorld.Card card = newCard(false);
        String token = cards.token(card);
        String hashBefore = cards.reload(card.id()).pinHash;
        for (String weak : new String[]{"123456", "111111", "12345", "abcdef", card.pin()}) {
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("currentPin", card.pin(), "newPin", weak))
                    .put("/api/cards/me/pin").then().statusCode(400).body("code", equalTo("invalid-input"))
                    .body("errors[0].field", equalTo("newPin"));
        }
        given().auth().oauth2(token).contentType("application/json").body(Map.of("currentPin", card.pin()))
                .put("/api/cards/me/pin").then().statusCode(400);
        OwnerCard after = cards.reload(card.id());
        assertEquals(hashBefore, after.pinHash);
        assertTrue(after.pinChangeRequired);
        assertEquals(0, after.failedAttempts);
    }

    @Test
    void aWrongCurrentPinCountsAsAFailedAttempt() {
        TestWorld.Card card = newCard(false);
        given().auth().oauth2(cards.token(card)).contentType("application/json")
                .body(Map.of("currentPin", "999999", "newPin", "735194"))
                .put("/api/cards/me/pin").then().statusCode(400)
                .body("errors[0].field", equalTo("currentPin")).body("errors[0].message", containsString("4次"));
        assertEquals(1, cards.reload(card.id()).failedAttempts);
    }

    @Test
    void fiveWrongPinsLockTheCardUntilStaffUnlockIt() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "李建国"), true);
        for (int i = 1; i <= 4; i++) {
            login(card.number(), "000001").then().statusCode(401).body("code", equalTo("bad-credentials"))
                    .body("detail", containsString("再输错" + (5 - i) + "次"));
        }
        login(card.number(), "000001").then().statusCode(403).body("code", equalTo("card-locked"))
                .body("detail", containsString("锁定"));
        login(card.number(), card.pin()).then().statusCode(403).body("code", equalTo("card-locked"));
        OwnerCard locked = cards.reload(card.id());
        assertEquals(OwnerCardStatus.LOCKED, locked.status);
        assertEquals(5, locked.failedAttempts);
        assertEquals(5, cards.audits("card.login-failed", card.id()));
        assertEquals(1, cards.audits("card.lock", card.id()));
        assertEquals(1, cards.audits("card.login-refused", card.id()));

        String otherStaff = cards.staffToken(cards.estate().communityId());
        given().auth().oauth2(otherStaff).contentType("application/json").post("/api/cards/" + card.id() + "/unlock").then().statusCode(403);
        given().auth().oauth2(cards.staffToken(place.communityId())).contentType("application/json").post("/api/cards/" + card.id() + "/unlock")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("failedAttempts", equalTo(0));
        login(card.number(), card.pin()).then().statusCode(200);
        assertEquals(1, cards.audits("card.unlock", card.id()));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        TestWorld.Card card = newCard(true);
        login(card.number(), "000001").then().statusCode(401);
        login(card.number(), "000001").then().statusCode(401);
        login(card.number(), card.pin()).then().statusCode(200);
        assertEquals(0, cards.reload(card.id()).failedAttempts);
    }

    @Test
    void badInputIs400AndWritesNothing() {
        TestWorld.Card card = newCard(true);
        given().contentType("application/json").body(Map.of("number", "")).post("/api/auth/card-token")
                .then().statusCode(400).body("code", equalTo("invalid-input"));
        String typo = card.number().substring(0, 11) + ((card.number().charAt(11) - '0' + 1) % 10);
        login(typo, "000001").then().statusCode(400).body("code", equalTo("card-number-invalid"));
        login("12345", card.pin()).then().statusCode(400).body("code", equalTo("card-number-invalid"));
        assertEquals(0, cards.reload(card.id()).failedAttempts);
    }

    @Test
    void unknownNumberIs401() {
        login("99999999999" + CardNumbers.checkDigit("99999999999"), "246802").then().statusCode(401).body("code", equalTo("bad-credentials"));
    }

    @Test
    void aTokenWhoseClaimsDoNotMatchItsCardIsRefused() {
        TestWorld.Card card = newCard(true);
        long otherEstate = cards.estate().estateId();
        String forged = tokens.issue("card:" + card.id(), "x", Set.of("OWNER"),
                Map.of("estate", otherEstate, "owner", card.ownerId())).token();
        given().auth().oauth2(forged).get("/api/cards/me").then().statusCode(401);
        given().auth().oauth2(cards.token(card)).get("/api/cards/me").then().statusCode(200);
    }

    @Test
    void aCardCannotUseStaffEndpoints() {
        TestWorld.Card card = newCard(true);
        given().auth().oauth2(cards.token(card)).get("/api/cards?estate=" + card.estateId()).then().statusCode(403);
        given().auth().oauth2(cards.token(card)).contentType("application/json")
                .body(Map.of("ownerId", card.ownerId())).post("/api/cards").then().statusCode(403);
    }
}
