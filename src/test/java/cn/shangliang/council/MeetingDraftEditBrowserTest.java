package cn.shangliang.council;

import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: staff find "edit the meeting" on a draft meeting's page, fix the place and see it on the page. */
@QuarkusTest
@BrowserTest
class MeetingDraftEditBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CouncilTestData data;

    @Test
    void staffFixAWrongPlaceOnADraftMeeting() {
        CouncilTestData.Board board = data.board(3);
        LocalDate date = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        long meeting = given().auth().oauth2(board.staff().token()).contentType("application/json")
                .body(Map.of("kind", "MONTHLY", "date", date.toString(), "time", "19:00", "place", "社区议事听"))
                .post("/api/councils/" + board.councilId() + "/meetings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String root = base.toString().replaceAll("/$", "");
        try (Chromium browser = login(root, board.staff(), "/meetings/" + meeting)) {
            String meetingUrl = browser.currentUrl();
            browser.click("a[href$='/meetings/" + meeting + "/edit']");
            browser.waitForUrl("the edit form", url -> url.endsWith("/edit"));
            browser.type("#place", "社区议事厅");
            browser.click("form.card-form button[type=submit]");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            String main = browser.text("main");
            assertTrue(main.contains("社区议事厅") && !main.contains("社区议事听"), main);
        }
    }
}
