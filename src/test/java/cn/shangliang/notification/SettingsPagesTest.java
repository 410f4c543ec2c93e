package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings form: channels per kind, quiet hours, language, e-mail; bad input is refused with the form kept. */
@QuarkusTest
class SettingsPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CardFixtures cards;

    private static Set<String> optOuts(RecipientType type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> Preferences.optOuts(new RecipientKey(type, id)));
    }

    @Test
    void anAccountSwitchesChannelsOffAndSetsQuietHours() {
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        given().cookie("sl_token", me.token()).get("/notifications/settings").then().statusCode(200)
                .body(containsString("短信免打扰时段")).body(containsString("value=\"PROPOSAL_UPDATE/SMS\" checked"));
        Forms.post("/notifications/settings", me.token())
                .formParam("language", "en").formParam("email", "me@example.org")
                .formParam("quietFrom", "22").formParam("quietUntil", "7")
                .formParam("on", "PROPOSAL_UPDATE/IN_APP").formParam("on", "PROPOSAL_UPDATE/EMAIL")
                .post("/notifications/settings").then().statusCode(303);
        Set<String> off = optOuts(RecipientType.ACCOUNT, me.accountId());
        assertTrue(off.contains("PROPOSAL_UPDATE/SMS"));
        assertFalse(off.contains("PROPOSAL_UPDATE/EMAIL"));
        assertTrue(off.contains("HEARING_NOTICE/IN_APP"));
        NotificationSetting s = QuarkusTransaction.requiringNew().call(() ->
                NotificationSetting.find(RecipientType.ACCOUNT, me.accountId()));
        assertEquals("en", s.language);
        assertEquals("me@example.org", s.email);
        assertEquals(22, s.quietFrom);
        assertEquals(7, s.quietUntil);
        given().cookie("sl_token", me.token()).get("/notifications/settings").then().statusCode(200)
                .body(containsString("value=\"PROPOSAL_UPDATE/EMAIL\" checked"))
                .body(containsString("value=\"PROPOSAL_UPDATE/SMS\">"));
    }

    @Test
    void anOwnerCannotSwitchTheAssemblyNoticeOffInApp() {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "王五");
        TestWorld.Card card = cards.card(owner, true);
        String token = cards.token(card);
        given().cookie("sl_token", token).get("/notifications/settings").then().statusCode(200)
                .body(containsString("value=\"ASSEMBLY_NOTICE/IN_APP\" checked disabled"));
        Forms.post("/notifications/settings", token).formParam("language", "zh").formParam("quietFrom", "21")
                .formParam("quietUntil", "8").post("/notifications/settings").then().statusCode(303);
        Set<String> off = optOuts(RecipientType.OWNER, owner);
        assertFalse(off.contains("ASSEMBLY_NOTICE/IN_APP"));
        assertTrue(off.contains("ASSEMBLY_NOTICE/SMS"));
        assertTrue(off.contains("ASSEMBLY_RESULT/IN_APP"));
    }

    @Test
    void badInputIsRefusedInTheVisitorsLanguageWithTheFormKept() {
        Fixtures.User me = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        Forms.post("/notifications/settings", me.token()).cookie("sl_lang", "en")
                .formParam("language", "fr").formParam("email", "not-an-address")
                .formParam("quietFrom", "25").formParam("quietUntil", "7")
                .post("/notifications/settings").then().statusCode(400)
                .body(containsString("Enter a valid e-mail address"))
                .body(containsString("Enter a whole hour from 0 to 23"))
                .body(containsString("Choose the language of your messages"))
                .body(containsString("value=\"not-an-address\""));
        Forms.post("/notifications/settings", me.token()).formParam("language", "zh").formParam("quietFrom", "21")
                .formParam("quietUntil", "x").post("/notifications/settings").then().statusCode(400)
                .body(containsString("value=\"x\""));
        assertNull(QuarkusTransaction.requiringNew().call(() -> NotificationSetting.find(RecipientType.ACCOUNT, me.accountId())));
        assertTrue(optOuts(RecipientType.ACCOUNT, me.accountId()).isEmpty());
    }

    @Test
    void visitorsAreSentToLogIn() {
        given().redirects().follow(false).get("/notifications/settings").then().statusCode(303);
    }
}
