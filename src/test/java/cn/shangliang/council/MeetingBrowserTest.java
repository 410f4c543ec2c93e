package cn.shangliang.council;

import cn.shangliang.testsupport.MovableClock;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chair runs a council meeting in a real (headless) browser: schedules it, puts an accepted proposal on
 * the agenda, publishes it, opens the meeting on the day, checks members in until the quorum is shown as
 * reached, records the deliberation and the vote, closes, confirms and publishes the minutes.
 */
@QuarkusTest
@BrowserTest
class MeetingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CouncilTestData data;

    @Inject
    MovableClock clock;

    @Test
    void theChairRunsAMeetingFromAgendaToPublishedMinutes() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        CouncilTestData.Board board = data.board(6);
        Fixtures.User proposer = data.resident(board.communityId());
        long proposal = given().auth().oauth2(proposer.token()).contentType("application/json")
                .body(Map.of("communityId", board.communityId(), "title", "小区路面坑洼", "description", "雨后积水，老人容易滑倒",
                        "category", "FACILITIES"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(board.staff().token()).contentType("application/json")
                .post("/api/proposals/" + proposal + "/review-start").then().statusCode(204);
        given().auth().oauth2(board.staff().token()).contentType("application/json").body(Map.of("outcome", "ACCEPTED"))
                .post("/api/proposals/" + proposal + "/review").then().statusCode(204);
        String root = base.toString().replaceAll("/$", "");

        try (Chromium browser = login(root, board.chair().user(), "/councils/" + board.councilId())) {

            browser.click("a[href$='/meetings/new']");
            browser.waitForUrl("the schedule form", url -> url.endsWith("/meetings/new"));
            browser.type("#date", "06/03/2026");
            browser.type("#place", "社区议事厅");
            browser.click("form.card-form button[type=submit]");
            String meetingUrl = browser.waitForUrl("the meeting page", url -> url.matches(".*/meetings/\\d+$"));
            assertTrue(browser.text("main").contains("草稿"), "a new meeting is a draft");

            browser.click("form:has(#proposalId) button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            assertTrue(browser.text("main").contains("小区路面坑洼"));
            browser.click("form[action$='/publish'] button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            assertTrue(browser.text("main").contains("议程已公布"));

            clock.set(Instant.parse("2026-06-03T11:00:00Z"));
            browser.click("form[action$='/open'] button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            assertTrue(browser.text("main").contains("还差5人"), "6 members need 5 present, none yet");
            for (int i = 0; i < 5; i++) {
                browser.click("form:has(#memberId) button");
                browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            }
            assertTrue(browser.text("main").contains("已达到法定人数"), "5 of 6 is more than two thirds");

            Matcher item = Pattern.compile("/items/(\\d+)/deliberation").matcher(browser.pageSource());
            assertTrue(item.find());
            String id = item.group(1);
            browser.type("#speakers-" + id, "成员2\n成员3");
            browser.type("#views-" + id, "同意尽快修补，施工期间设置警示");
            browser.click("form[action$='/deliberation'] button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            browser.type("#text-" + id, "两周内修补路面坑洼");
            browser.type("#agree-" + id, "4");
            browser.type("#abstain-" + id, "1");
            browser.click("form[action$='/resolution'] button[type=submit]");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            assertTrue(browser.text("main").contains("同意4、反对0、弃权1，实到5人"));

            browser.click("form[action$='/close'] button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            browser.click("form[action$='/minutes/confirm'] button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            browser.click("form[action$='/minutes/publish'] button");
            browser.waitForUrl("back on the meeting page", url -> url.equals(meetingUrl));
            assertTrue(browser.text("main").contains("纪要已公开"));

            browser.open(meetingUrl + "/minutes");
            String minutes = browser.text("main");
            assertTrue(minutes.contains("应到成员6人，实到5人"), minutes);
            assertTrue(minutes.contains("两周内修补路面坑洼"), minutes);
            assertTrue(minutes.contains("发言：成员2、成员3"), "speakers typed on two lines are listed on one: " + minutes);
            browser.screenshot("council-minutes");
        }
        given().get("/api/proposals/" + proposal).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DECIDED"));
    }
}
