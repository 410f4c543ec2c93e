package cn.shangliang.identity;

import cn.shangliang.testsupport.EmptyDatabaseProfile;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first minutes in a real (headless) browser, on an empty production-like database: the operator opens
 * /setup with the token from the log and creates the subdistrict and its administrator; later a resident
 * signs up for the community the administrator made and sees that staff must still check the sign-up.
 */
@QuarkusTest
@BrowserTest
@TestProfile(FirstRunBrowserTest.EmptyDatabase.class)
class FirstRunBrowserTest {

    static final String DATA = "target/first-run-browser";

    public static class EmptyDatabase extends EmptyDatabaseProfile {
        public EmptyDatabase() {
            super(DATA);
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void theOperatorSetsUpAndAResidentSignsUp() throws IOException {
        String root = base.toString().replaceAll("/$", "");
        try (Chromium browser = Chromium.start()) {
            browser.open(root + "/setup");
            browser.type("#token", FirstRunApiTest.setupToken(DATA));
            browser.type("#subdistrict", "浏览器街道");
            browser.type("#username", "browser-admin");
            browser.type("#displayName", "街道管理员");
            browser.type("#password", "Jiedao-Liulan-26");
            browser.type("#confirm", "Jiedao-Liulan-26");
            browser.click("form.card-form button[type=submit]");
            browser.waitForUrl("the login page after setup", url -> url.contains("/login"));

            browser.type("#login", "browser-admin");
            browser.type("#password", "Jiedao-Liulan-26");
            browser.click("form.card-form button[type=submit]");
            browser.waitForUrl("the home page", url -> !url.contains("/login"));
            assertTrue(browser.text("header").contains("街道管理员"), "the administrator is logged in");
        }
        given().get("/setup").then().statusCode(404);

        String admin = FirstRunApiTest.login("browser-admin", "Jiedao-Liulan-26");
        long subdistrict = given().auth().oauth2(admin).get("/api/community/subdistricts").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long community = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "浏览器社区"))
                .post("/api/community/subdistricts/" + subdistrict + "/communities").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        try (Chromium browser = Chromium.start()) {
            browser.open(root + "/signup");
            browser.click("#communityId option[value='" + community + "']");
            browser.type("#name", "浏览器居民");
            browser.type("#phone", "13900000077");
            browser.type("#building", "3栋");
            browser.type("#room", "502");
            browser.type("#username", "browser-resident");
            browser.type("#password", "Juming-Liulan-26");
            browser.type("#confirm", "Juming-Liulan-26");
            browser.click("form.card-form button[type=submit]");
            browser.waitForUrl("away from the sign-up form", url -> !url.endsWith("/signup"));

            browser.open(root + "/login?next=/account");
            browser.type("#login", "browser-resident");
            browser.type("#password", "Juming-Liulan-26");
            browser.click("form.card-form button[type=submit]");
            browser.waitForUrl("the own account page", url -> url.endsWith("/account"));
            assertTrue(browser.text("main").contains("待工作人员核对"), "the sign-up waits for staff");
            browser.screenshot("first-run-signup-pending");
        }
    }
}
