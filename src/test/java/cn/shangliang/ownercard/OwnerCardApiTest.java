package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff issue and manage owner cards through the API. */
@QuarkusTest
class OwnerCardApiTest {

    @Inject
    CardFixtures cards;

    @Inject
    Fixtures fixtures;

    private static Response cardLogin(String number, String pin) {
        return given().contentType("application/json").body(Map.of("number", number, "pin", pin))
                .post("/api/auth/card-token");
    }

    @Test
    void staffIssueACardWhosePinIsShownOnceAndStoredHashed() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "陈美华");
        Response slip = as(cards.staffToken(place.communityId())).body(Map.of("ownerId", owner)).post("/api/cards");
        slip.then().statusCode(201).header("Cache-Control", containsString("no-store"))
                .body("number", matchesPattern("\\d{4} \\d{4} \\d{4}"))
                .body("initialPin", matchesPattern("\\d{6}"))
                .body("ownerName", equalTo("陈美华"));
        long cardId = slip.jsonPath().getLong("cardId");
        String pin = slip.jsonPath().getString("initialPin");
        OwnerCard stored = cards.reload(cardId);
        assertTrue(stored.pinHash.startsWith("$2"), "bcrypt");
        assertNotEquals(pin, stored.pinHash);
        assertTrue(stored.pinChangeRequired);
        assertEquals(1, cards.audits("card.issue", cardId));

        as(cards.staffToken(place.communityId())).get("/api/cards/" + cardId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("initialPin")));
        cardLogin(slip.jsonPath().getString("number"), pin).then().statusCode(200)
                .body("pinChangeRequired", equalTo(true));
    }

    @Test
    void anOwnerHoldsOneLiveCard() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "赵磊");
        String staff = cards.staffToken(place.communityId());
        as(staff).body(Map.of("ownerId", owner)).post("/api/cards").then().statusCode(201);
        as(staff).body(Map.of("ownerId", owner)).post("/api/cards").then().statusCode(409)
                .body("code", equalTo("card-exists"));
        assertEquals(1, cards.cardCount(place.estateId()));
    }

    @Test
    void issuingNeedsStaffOfTheEstatesCommunity() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "孙丽");
        given().contentType("application/json").body(Map.of("ownerId", owner)).post("/api/cards")
                .then().statusCode(401);
        as(cards.staffToken(cards.estate().communityId())).body(Map.of("ownerId", owner)).post("/api/cards")
                .then().statusCode(403);
        as(fixtures.user(Role.RESIDENT, cn.shangliang.identity.Scope.Type.COMMUNITY, place.communityId()).token())
                .body(Map.of("ownerId", owner)).post("/api/cards").then().statusCode(403);
        as(fixtures.user(Role.SUPERVISOR, cn.shangliang.identity.Scope.Type.SUBDISTRICT, place.subdistrictId()).token())
                .body(Map.of("ownerId", owner)).post("/api/cards").then().statusCode(403);
        assertEquals(0, cards.cardCount(place.estateId()));
    }

    @Test
    void badInputIs400AndWritesNothing() {
        TestWorld.Place place = cards.estate();
        String staff = cards.staffToken(place.communityId());
        as(staff).body("{}").post("/api/cards").then().statusCode(400).body("code", equalTo("invalid-input"));
        as(staff).body("{\"ownerId\":\"abc\"}").post("/api/cards").then().statusCode(400);
        as(staff).body(Map.of("ownerId", 987654321L)).post("/api/cards").then().statusCode(404);
        as(staff).body("{}").post("/api/cards/bulk").then().statusCode(400);
        assertEquals(0, cards.cardCount(place.estateId()));
    }

    @Test
    void bulkIssueCoversEveryOwnerWithoutACardOnce() {
        TestWorld.Place place = cards.estate();
        long carded = cards.owner(place.estateId(), "周一");
        cards.owner(place.estateId(), "吴二");
        cards.owner(place.estateId(), "郑三");
        cards.card(carded, true);
        String staff = cards.staffToken(place.communityId());
        List<Map<String, Object>> slips = as(staff).body(Map.of("estateId", place.estateId()))
                .post("/api/cards/bulk").then().statusCode(201).body("$", hasSize(2))
                .extract().jsonPath().getList("$");
        assertEquals(List.of("吴二", "郑三"), slips.stream().map(s -> s.get("ownerName")).sorted().toList());
        as(staff).body(Map.of("estateId", place.estateId())).post("/api/cards/bulk").then().statusCode(201)
                .body("$", hasSize(0));
        assertEquals(3, cards.cardCount(place.estateId()));
        as(cards.staffToken(cards.estate().communityId())).body(Map.of("estateId", place.estateId()))
                .post("/api/cards/bulk").then().statusCode(403);
        as(staff).get("/api/cards?estate=" + place.estateId()).then().statusCode(200).body("$", hasSize(3));
        as(staff).get("/api/cards?estate=" + place.estateId() + "&status=LOST").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aLostCardsTokenIsRefusedAtOnceAndItCanBeReissued() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "钱芳"), true);
        String token = cards.token(card);
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(200);
        String staff = cards.staffToken(place.communityId());

        as(staff).post("/api/cards/" + card.id() + "/lost").then().statusCode(200).body("status", equalTo("LOST"));
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(401).body("code", equalTo("card-lost"));
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(401);
        given().cookie("sl_token", token).redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/card/login?ended=lost"));
        cardLogin(card.number(), card.pin()).then().statusCode(403).body("code", equalTo("card-lost"));
        as(staff).post("/api/cards/" + card.id() + "/lost").then().statusCode(409).body("code", equalTo("card-state"));
        as(staff).post("/api/cards/" + card.id() + "/unlock").then().statusCode(409);

        Response slip = as(staff).post("/api/cards/" + card.id() + "/reissue");
        slip.then().statusCode(201);
        long newId = slip.jsonPath().getLong("cardId");
        assertEquals(OwnerCardStatus.REPLACED, cards.reload(card.id()).status);
        assertEquals(card.id(), cards.reload(newId).replacesCardId);
        cardLogin(card.number(), card.pin()).then().statusCode(403).body("code", equalTo("card-revoked"));
        cardLogin(slip.jsonPath().getString("number"), slip.jsonPath().getString("initialPin")).then().statusCode(200);
        assertEquals(1, cards.audits("card.lost", card.id()));
        assertEquals(1, cards.audits("card.reissue", card.id()));
        assertEquals(1, cards.audits("card.issue", newId));
    }

    @Test
    void aReissuedCardsOldTokenStopsWorking() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "冯刚"), true);
        String token = cards.token(card);
        as(cards.staffToken(place.communityId())).post("/api/cards/" + card.id() + "/reissue").then().statusCode(201);
        given().auth().oauth2(token).get("/api/cards/me").then().statusCode(401).body("code", equalTo("card-revoked"));
    }

    @Test
    void revokingNeedsAReasonAndEndsTheCard() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "何军"), true);
        String staff = cards.staffToken(place.communityId());
        as(staff).body("{\"reason\":\"  \"}").post("/api/cards/" + card.id() + "/revoke").then().statusCode(400);
        as(staff).body("{\"reason\":\"" + "长".repeat(201) + "\"}").post("/api/cards/" + card.id() + "/revoke")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(OwnerCardStatus.ACTIVE, cards.reload(card.id()).status);
        assertEquals(0, cards.audits("card.revoke", card.id()));

        as(cards.staffToken(cards.estate().communityId())).body(Map.of("reason", "已售房"))
                .post("/api/cards/" + card.id() + "/revoke").then().statusCode(403);
        as(staff).body(Map.of("reason", "已售房")).post("/api/cards/" + card.id() + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        OwnerCard revoked = cards.reload(card.id());
        assertTrue(revoked.endedAt != null);
        as(staff).post("/api/cards/" + card.id() + "/reissue").then().statusCode(409);
        given().auth().oauth2(cards.token(card)).get("/api/cards/me").then().statusCode(401);
        // the owner may be issued a fresh card after a revoke
        as(staff).body(Map.of("ownerId", card.ownerId())).post("/api/cards").then().statusCode(201);
        assertEquals(1, cards.audits("card.revoke", card.id()));
    }

    @Test
    void viewingIsLimitedToTheEstatesCommunityAndOversight() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "马红"), true);
        as(fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, place.subdistrictId()).token())
                .get("/api/cards/" + card.id()).then().statusCode(200).body("number", containsString(" "));
        as(fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, cards.estate().subdistrictId()).token())
                .get("/api/cards/" + card.id()).then().statusCode(403);
        as(cards.staffToken(cards.estate().communityId())).get("/api/cards?estate=" + place.estateId())
                .then().statusCode(403);
        given().get("/api/cards/" + card.id()).then().statusCode(401);
        as(cards.staffToken(place.communityId())).get("/api/cards/987654321").then().statusCode(404);
    }

    @Test
    void anAccountWithTheOwnerRoleHasNoOwnCard() {
        TestWorld.Place place = cards.estate();
        String owner = fixtures.user(Role.OWNER, Scope.Type.ESTATE, place.estateId()).token();
        as(owner).get("/api/cards/me").then().statusCode(403);
    }
}
