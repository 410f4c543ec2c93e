package cn.shangliang.home;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: a subdistrict admin logs in and finds on the home page the community that has no council and the one
 * whose follow-ups are overdue, and follows the link to the community.
 */
@QuarkusTest
@BrowserTest
class SubdistrictOverviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    SubdistrictTestData data;

    @Test
    void theAdminFindsTheCommunitiesThatNeedFollowingUp() {
        SubdistrictTestData.Place p = data.place();
        data.overdueFollowUp(p.councilId(), LocalDate.now().minusDays(3));
        Fixtures.User admin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, p.subdistrictId());
        String root = base.toString().replaceAll("/$", "");
        try (Chromium browser = login(root, admin)) {
            String main = browser.text("main");
            assertTrue(main.contains(p.councilled() + "有 1 项议事会决议逾期未落实"), main);
            assertTrue(main.contains(p.bare() + "尚未成立居民议事会"), main);
            browser.click("ul.attention a[href='/community/" + p.without() + "']");
            browser.waitForUrl("the community without a council", url -> url.endsWith("/community/" + p.without()));
            assertTrue(browser.text("main").contains(p.bare()));
        }
    }
}
