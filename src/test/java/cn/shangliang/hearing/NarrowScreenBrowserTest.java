package cn.shangliang.hearing;

import cn.shangliang.assembly.AssemblyFixtures;
import cn.shangliang.budget.BudgetFixtures;
import cn.shangliang.common.security.Role;
import cn.shangliang.council.CouncilTestData;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone (390 CSS pixels wide) no page of the stage walk scrolls sideways (issue 19): the hearing lottery with
 * its 64-digit hashes first, then the other pages with wide tables. Each page is photographed at that width
 * ({@code target/browser/narrow-*.png}) and its {@code scrollWidth} must not pass the screen; wide tables scroll
 * inside their own box instead of pushing the page.
 */
@QuarkusTest
@BrowserTest
class NarrowScreenBrowserTest {

    static final int WIDTH = 390;

    @TestHTTPResource("/")
    URL base;

    @Inject
    HearingFixtures fx;

    @Inject
    Fixtures fixtures;

    @Inject
    CouncilTestData council;

    @Inject
    AssemblyFixtures assembly;

    @Test
    void theLotteryAndTheOtherWidePagesFitA390PixelScreen() {
        String root = base.toString().replaceAll("/$", "");
        // an owners' decision counted (before the hearing moves the clock on), with its result tables and verification list
        AssemblyFixtures.TestEstate estate = assembly.estate(6);
        String estateStaff = assembly.staff(estate);
        long decision = ((Number) given().auth().oauth2(estateStaff).contentType(ContentType.JSON)
                .body(AssemblyFixtures.decisionBody(estate.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(estateStaff).contentType(ContentType.JSON).post("/api/assembly/decisions/" + decision + "/publish")
                .then().statusCode(200);
        assembly.openVoting(decision);
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(assembly.card(estate.estateId(), estate.owners().get(i))).contentType(ContentType.JSON)
                    .body(Map.of("choice", i < 3 ? "AGREE" : "OPPOSE")).post("/api/assembly/decisions/" + decision + "/ballot")
                    .then().statusCode(200);
        }
        assembly.endVoting(decision);
        given().auth().oauth2(estateStaff).contentType(ContentType.JSON).post("/api/assembly/decisions/" + decision + "/close")
                .then().statusCode(200);
        HearingFlow flow = fx.flow().fixed();
        String staff = flow.staff.token();
        CouncilTestData.Board board = council.board(5);
        long cycle = BudgetFixtures.openCycle(new BudgetFixtures.Place(board.communityId(), board.staff()), null);
        BudgetFixtures.propose(council.resident(board.communityId()).token(), cycle, "楼道扶手加装与维修（含三号楼、五号楼、七号楼）", 60000);
        String supervisor = fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, 1).token();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/hearings/" + flow.id + "/draw", staff);
        pages.put("/hearings/" + flow.id + "/draw#public", null);
        pages.put("/hearings/" + flow.id + "/applicants", staff);
        pages.put("/hearings/" + flow.id, staff);
        pages.put("/hearings", null);
        pages.put("/proposals", null);
        pages.put("/notices", null);
        pages.put("/councils/" + board.councilId(), board.staff().token());
        pages.put("/budget/cycles/" + cycle, board.staff().token());
        pages.put("/audit", supervisor);
        pages.put("/assembly/" + decision, estateStaff);
        pages.put("/assembly/" + decision + "/verification", null);
        pages.put("/assembly/" + decision + "/records", estateStaff);
        pages.put("/cards/estates/" + estate.estateId(), estateStaff);
        pages.put("/community/" + estate.communityId(), estateStaff);

        List<String> overflowing = new ArrayList<>();
        try (Chromium browser = Chromium.start()) {
            browser.phoneScreen(WIDTH, 844);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(root + "/notices");
                browser.clearCookies();
                if (page.getValue() != null) {
                    browser.cookie("sl_token", page.getValue());
                }
                browser.open(root + page.getKey());
                browser.find("main");
                // a phone widens its layout viewport to fit content that does not fit, so read both
                long width = Math.max(browser.script("return document.documentElement.scrollWidth").asLong(),
                        browser.script("return window.innerWidth").asLong());
                browser.screenshot("narrow-" + page.getKey().replaceAll("[^a-z0-9]+", "-"));
                System.out.println("narrow screen " + page.getKey() + ": " + width + " px");
                if (width > WIDTH) {
                    overflowing.add(page.getKey() + " is " + width + " px wide");
                }
            }
            browser.open(root + "/hearings/" + flow.id + "/draw");
            assertTrue(browser.pageSource().contains(HearingFlow.SEED + "|STAKEHOLDER|1"), "the lottery steps are on the page");
            browser.script("document.querySelector('main table').scrollIntoView()");
            browser.screenshot("narrow-lottery-steps");
        }
        assertEquals(List.of(), overflowing, "pages wider than a " + WIDTH + " px phone screen");
    }
}
