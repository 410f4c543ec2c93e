package cn.shangliang.hearing;

import cn.shangliang.assembly.AssemblyFixtures;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding one's way (issue 19): from the home page, by links only (no typed addresses), a resident co-signs a
 * proposal and registers for a hearing, and staff open an owners' decision to the vote and reach its ballot
 * records. Each walk starts at the login form, which lands on the home page.
 */
@QuarkusTest
@BrowserTest
class WayfindingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    HearingFixtures fx;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    Fixtures fixtures;

    @Test
    void aResidentCosignsAProposalAndRegistersForAHearingFromTheHomePage() {
        String root = root();
        HearingFlow flow = fx.flow().registrationOpen();
        Fixtures.User proposer = fx.resident(flow.communityId);
        long proposal = given().auth().oauth2(proposer.token()).contentType(ContentType.JSON)
                .body(Map.of("communityId", flow.communityId, "title", "小区东门增设无障碍坡道", "description", "轮椅进出不便",
                        "category", "FACILITIES"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.User resident = fx.resident(flow.communityId);

        try (Chromium browser = login(root, resident)) {
            // 附议: the header's 议题 link, the proposal in the list, the co-sign button
            browser.click("header.site nav a[href='/proposals']");
            browser.click("main a[href='/proposals/" + proposal + "']");
            browser.click("form[action='/proposals/" + proposal + "/cosign'] button");
            browser.waitForUrl("the proposal page", url -> url.endsWith("/proposals/" + proposal));
            String page = browser.text("main");
            assertTrue(page.contains("您已附议") && page.contains("已有1人附议"), page);
            browser.find("form[action='/proposals/" + proposal + "/cosign/withdraw'] button");

            // 听证报名: back home, where the hearing open for registration is offered
            browser.click("header.site a.brand");
            browser.waitForUrl("the home page", url -> url.equals(root + "/"));
            browser.click("main a[href='/hearings/" + flow.id + "']");
            browser.type("#statement", "我家住在坡道旁边的3号楼。");
            browser.click("form[action$='/applications'] button[type=submit]");
            browser.waitForUrl("the hearing page", url -> url.endsWith("/hearings/" + flow.id));
            assertTrue(browser.text("main").contains("申请编号"), "the resident sees their application");
            browser.screenshot("wayfinding-resident");
        }
    }

    @Test
    void staffOpenADecisionToTheVoteFromTheHomePage() {
        String root = root();
        AssemblyFixtures.TestEstate estate = assembly.estate(3);
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, estate.communityId());
        long decision = ((Number) given().auth().oauth2(staff.token()).contentType(ContentType.JSON)
                .body(AssemblyFixtures.decisionBody(estate.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();

        try (Chromium browser = login(root, staff)) {
            browser.click("header.site nav a[href='/assembly']");
            browser.click("main a[href='/assembly/" + decision + "']");
            browser.click("form[action='/assembly/" + decision + "/publish'] button");
            browser.waitForUrl("the decision page", url -> url.endsWith("/assembly/" + decision));
            assertTrue(browser.text("main").contains("公告期"), "published: the notice period runs before the vote");

            // the notice period has run: the vote is open, and staff reach its ballot records from the decision
            assembly.openVoting(decision);
            browser.click("header.site a.brand");
            browser.click("header.site nav a[href='/assembly']");
            browser.click("main a[href='/assembly/" + decision + "']");
            assertTrue(browser.text("main").contains("正在投票"), "the vote is open");
            browser.click("main a[href='/assembly/" + decision + "/records']");
            browser.waitForUrl("the ballot records", url -> url.endsWith("/assembly/" + decision + "/records"));
            browser.find("main form");
            browser.screenshot("wayfinding-staff");
        }
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private static Chromium login(String root, Fixtures.User user) {
        Chromium browser = Chromium.start();
        browser.open(root + "/");
        browser.click("header.site a[href='/login']");
        browser.type("#login", user.username());
        browser.type("#password", Fixtures.PASSWORD);
        browser.click("form[action='/login'] button[type=submit]");
        browser.waitForUrl("the home page", url -> url.equals(root + "/"));
        return browser;
    }
}
