package cn.shangliang.hearing;

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static cn.shangliang.hearing.HearingFlow.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hearing from announcement to report in headless Chromium: staff announce, run registration, publish the
 * seed, draw, check attendance, record the session and publish the report; a resident registers and, as a
 * representative, signs the record. The draft is created through the API (date inputs are typed differently
 * per browser locale) and the other applicants and sign-offs too, so the browser covers every kind of page.
 */
@QuarkusTest
@BrowserTest
class HearingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    HearingFixtures fx;

    @Test
    void fromAnnouncementToReport() {
        String root = base.toString().replaceAll("/$", "");
        HearingFlow flow = fx.flow().draft();
        String page = root + "/hearings/" + flow.id;
        Fixtures.User resident = fx.resident(flow.communityId);

        try (Chromium staff = login(root, flow.staff)) {
            staff.open(page);
            staff.click("form[action$='/announce'] button");
            staff.waitForUrl("the hearing page", url -> url.equals(page));
            staff.click("form[action$='/registration/open'] button");
            staff.waitForUrl("the hearing page", url -> url.equals(page));
            assertTrue(staff.text("main").contains("报名中"));
        }
        try (Chromium browser = login(root, resident)) {
            browser.open(page);
            browser.type("#statement", "我家住幸福路3号楼一楼。");
            browser.click("form[action$='/applications'] button[type=submit]");
            browser.waitForUrl("the hearing page", url -> url.equals(page));
            assertTrue(browser.text("main").contains("申请编号 1"), "the resident sees their application");
        }
        flow.applicants.add(resident);
        flow.apply(RepresentativeCategory.STAKEHOLDER, 2);
        flow.apply(RepresentativeCategory.ORDINARY_RESIDENT, 1);

        try (Chromium staff = login(root, flow.staff)) {
            fx.travelTo(flow.closes().plusDays(1));
            staff.open(page);
            staff.click("form[action$='/registration/close'] button");
            staff.waitForUrl("the applicant list", url -> url.endsWith("/applicants"));
            fx.travelTo(flow.lotteryDay());
            staff.open(page + "/draw");
            staff.type("#seed", HearingFlow.SEED);
            staff.click("form[action$='/seed'] button");
            staff.waitForUrl("the draw page", url -> url.endsWith("/draw"));
            staff.click("form[action$='/draw'] button");
            staff.waitForUrl("the draw page", url -> url.endsWith("/draw"));
            assertTrue(staff.pageSource().contains(HearingFlow.SEED + "|STAKEHOLDER|1"), "the steps are shown");

            fx.travelTo(flow.hearingDay());
            staff.open(page + "/session");
            List<Long> selected = flow.selectedIds();
            for (long id : selected) {
                staff.click("input[name=present][value='" + id + "']");
            }
            staff.click("form[action$='/attendance'] button");
            staff.waitForUrl("the session page", url -> url.endsWith("/session"));
            staff.click("form[action$='/session/open'] button");
            staff.waitForUrl("the session page", url -> url.endsWith("/session"));
            staff.type("#speaker", "居委会张干事");
            staff.type("#content", "介绍加装电梯草案。");
            staff.click("form[action$='/statements'] button");
            staff.waitForUrl("the session page", url -> url.endsWith("/session"));
            staff.click("#stage option[value=REPRESENTATIVE_STATEMENTS]");
            staff.click("#applicationId option[value='" + selected.get(0) + "']");
            staff.click("#position option[value=FOR]");
            staff.type("#content", "赞成，老人上下楼太难。");
            staff.click("form[action$='/statements'] button");
            staff.waitForUrl("the session page", url -> url.endsWith("/session"));
            assertTrue(staff.text("main").contains("赞成，老人上下楼太难。"));
            staff.click("form[action$='/session/end'] button");
            staff.waitForUrl("the record page", url -> url.endsWith("/record"));
        }
        List<Fixtures.User> representatives = flow.representatives();
        Fixtures.User signer = representatives.get(0);
        try (Chromium browser = login(root, signer)) {
            browser.open(page + "/record");
            browser.click("form[action$='/sign-off'] button[type=submit]");
            browser.waitForUrl("the record page", url -> url.endsWith("/record"));
            assertTrue(browser.text("main").contains("已签字"));
        }
        for (Fixtures.User rep : representatives.subList(1, representatives.size())) {
            as(rep).body(java.util.Map.of("decision", "SIGNED")).post("/api/hearings/" + flow.id + "/record/sign-off")
                    .then().statusCode(200);
        }
        try (Chromium staff = login(root, flow.staff)) {
            staff.open(page + "/report");
            staff.type("#summary", "听证会按期举行。");
            staff.type("#viewsFor", "多数代表赞成。");
            staff.type("#viewsAgainst", "一楼住户担心采光。");
            staff.type("#adopted", "调整电梯位置。");
            staff.type("#notAdopted", "不免除一楼费用：与分摊原则不符。");
            staff.click("#decision_type option[value=COUNCIL_RESOLUTION]");
            staff.type("#decision_title", "关于加装电梯的决议");
            staff.click("form[action$='/report'] button");
            staff.waitForUrl("the report page", url -> url.endsWith("/report"));
            assertTrue(staff.text("main").contains("关于加装电梯的决议"));
            staff.open(root + "/notices?category=HEARING");
            assertTrue(staff.text("main").contains("听证报告：幸福路加装电梯方案"));
            staff.screenshot("hearing-report");
        }
    }
}
