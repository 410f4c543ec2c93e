package cn.shangliang.ownercard;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An owner's first card login in a real (headless) browser, from the printed slip to the home page. */
@QuarkusTest
@BrowserTest
class CardLoginBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CardFixtures cards;

    @Test
    void anOwnerLogsInWithTheSlipChangesThePinAndSeesTheHomePageInChinese() throws Exception {
        TestWorld.Place place = cards.estate();
        long owner = cards.owner(place.estateId(), "张秀英");
        Response slip = given().auth().oauth2(cards.staffToken(place.communityId())).contentType("application/json")
                .body(Map.of("ownerId", owner)).post("/api/cards");
        slip.then().statusCode(201);
        String number = slip.jsonPath().getString("number");
        String initialPin = slip.jsonPath().getString("initialPin");
        String root = base.toString().replaceAll("/$", "");

        try (Chromium browser = Chromium.start()) {
            browser.open(root + "/card/login");
            assertEquals("zh", browser.attribute("html", "lang"));
            assertEquals("业主一卡通登录", browser.text("main h1"));
            browser.type("#number", number);
            browser.type("#pin", initialPin);
            browser.click("form.card-form button[type=submit]");

            browser.waitForUrl("the PIN page", url -> url.endsWith("/card/pin"));
            assertTrue(browser.text("main").contains("首次使用一卡通"), "asks for a new PIN");
            browser.type("#currentPin", initialPin);
            browser.type("#newPin", "735194");
            browser.type("#confirmPin", "735194");
            browser.click("form.card-form button[type=submit]");

            browser.waitForUrl("the home page", url -> url.equals(root + "/"));
            assertEquals("张秀英，您好", browser.text("main h1"));
            assertTrue(browser.pageSource().contains("需要您处理的事项"));
            assertTrue(browser.title().contains("商量"));
            Path shot = browser.screenshot("card-login-home");
            assertTrue(Files.size(shot) > 1000, "screenshot written to " + shot.toAbsolutePath());
        }
        assertFalse(cards.reload(slip.jsonPath().getLong("cardId")).pinChangeRequired);
    }
}
