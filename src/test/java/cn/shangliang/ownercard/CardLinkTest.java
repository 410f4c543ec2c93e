package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An owner who also has an account links the card once with its PIN and then votes without typing it. */
@QuarkusTest
class CardLinkTest {

    @Inject
    CardFixtures cards;

    @Inject
    Fixtures fixtures;

    private record World(TestWorld.Card card, Fixtures.User resident) {
    }

    private World world() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "关联业主"), true);
        Fixtures.User resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, place.communityId());
        return new World(card, resident);
    }

    private static Map<String, String> credentials(TestWorld.Card card, String pin) {
        return Map.of("number", card.number(), "pin", pin);
    }

    @Test
    void aWrongPinIsRefusedByFieldAndCountsTowardsTheLock() {
        World w = world();
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .body(credentials(w.card(), "999999")).post("/api/accounts/me/cards").then().statusCode(400)
                .body("errors.field", hasItem("pin"));
        assertEquals(1, cards.reload(w.card().id()).failedAttempts, "a wrong PIN counts as a card login does");
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON).body(Map.of("number", "", "pin", ""))
                .post("/api/accounts/me/cards").then().statusCode(400).body("errors.field", hasItem("number"));
        given().auth().oauth2(w.resident().token()).get("/api/accounts/me/cards").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void linkThenVoteAsTheOwnerWithoutThePinThenUnlink() {
        World w = world();
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .body(credentials(w.card(), CardFixtures.PIN)).post("/api/accounts/me/cards").then().statusCode(201)
                .body("cardId", equalTo((int) w.card().id())).body("ownerName", equalTo("关联业主"))
                .body("usable", equalTo(true));
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .body(credentials(w.card(), CardFixtures.PIN)).post("/api/accounts/me/cards").then().statusCode(201);
        assertEquals(1, cards.audits("card.link", w.card().id()), "linking twice is one link");

        String cardToken = given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .post("/api/accounts/me/cards/" + w.card().id() + "/token").then().statusCode(200)
                .extract().jsonPath().getString("token");
        given().cookie("sl_token", cardToken).get("/card/pin").then().statusCode(200);
        assertEquals(1, cards.audits("card.login-linked", w.card().id()));

        given().auth().oauth2(w.resident().token()).delete("/api/accounts/me/cards/" + w.card().id())
                .then().statusCode(204);
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .post("/api/accounts/me/cards/" + w.card().id() + "/token").then().statusCode(404);
        assertEquals(1, cards.audits("card.unlink", w.card().id()));
    }

    @Test
    void aCardLinksToOneAccountOnlyAndOnlyAccountsLink() {
        World w = world();
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .body(credentials(w.card(), CardFixtures.PIN)).post("/api/accounts/me/cards").then().statusCode(201);
        Fixtures.User other = fixtures.user(null, null, 0);
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(credentials(w.card(), CardFixtures.PIN)).post("/api/accounts/me/cards").then().statusCode(409)
                .body("code", equalTo("card-link-taken")).body("detail", containsString("another account"));
        given().auth().oauth2(other.token()).contentType(ContentType.JSON)
                .post("/api/accounts/me/cards/" + w.card().id() + "/token").then().statusCode(404);
        given().auth().oauth2(cards.token(w.card())).contentType(ContentType.JSON)
                .body(credentials(w.card(), CardFixtures.PIN)).post("/api/accounts/me/cards").then().statusCode(403);
        given().contentType(ContentType.JSON).body(credentials(w.card(), CardFixtures.PIN))
                .post("/api/accounts/me/cards").then().statusCode(401);
    }

    @Test
    void aLostCardStaysLinkedButCannotBeUsed() {
        World w = world();
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .body(credentials(w.card(), CardFixtures.PIN)).post("/api/accounts/me/cards").then().statusCode(201);
        cards.setStatus(w.card().id(), OwnerCardStatus.LOST);
        given().auth().oauth2(w.resident().token()).contentType(ContentType.JSON)
                .post("/api/accounts/me/cards/" + w.card().id() + "/token").then().statusCode(403)
                .body("code", equalTo("card-lost"));
        given().auth().oauth2(w.resident().token()).get("/api/accounts/me/cards").then().statusCode(200)
                .body("[0].usable", equalTo(false));
    }

    @Test
    void thePagesLinkKeepWhatWasTypedAndSwitchToTheCard() {
        World w = world();
        String jwt = w.resident().token();
        given().cookie("sl_token", jwt).get("/account/cards").then().statusCode(200)
                .body(containsString("您的账号还没有关联一卡通"));
        Forms.post("/account/cards", jwt).formParam("number", w.card().number()).formParam("pin", "111111")
                .post("/account/cards").then().statusCode(400).body(containsString(w.card().number()))
                .body(containsString("卡号或密码不正确"));
        Forms.post("/account/cards", jwt).cookie("sl_lang", "en").formParam("number", w.card().number())
                .formParam("pin", "").post("/account/cards").then().statusCode(400)
                .body(containsString("Enter the card&#39;s PIN")).body(not(containsString("请输入")));
        Forms.post("/account/cards", jwt).formParam("number", w.card().number()).formParam("pin", CardFixtures.PIN)
                .post("/account/cards").then().statusCode(303);
        given().cookie("sl_token", jwt).get("/account/cards").then().statusCode(200)
                .body(containsString("关联业主")).body(containsString("以业主身份表决"));
        Forms.post("/account/cards", jwt).post("/account/cards/" + w.card().id() + "/use").then().statusCode(303)
                .header("Location", containsString("/assembly")).cookie("sl_token", not(equalTo(jwt)));
        Forms.post("/account/cards", jwt).post("/account/cards/" + w.card().id() + "/unlink").then().statusCode(303);
        given().cookie("sl_token", jwt).get("/account/cards").then().statusCode(200)
                .body(containsString("您的账号还没有关联一卡通"));
    }
}
