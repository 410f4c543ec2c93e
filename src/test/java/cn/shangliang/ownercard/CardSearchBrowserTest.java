package cn.shangliang.ownercard;

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

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: staff find their way from the cards page to one owner by typing the flat into the search box. */
@QuarkusTest
@BrowserTest
class CardSearchBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CardSearchData data;

    @Inject
    Fixtures fixtures;

    @Test
    void staffTypeAFlatIntoTheCardsPageAndFindTheRightOwner() {
        CardSearchData.Estate e = data.estate();
        Fixtures.User staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, e.place().communityId());
        String root = base.toString().replaceAll("/$", "");
        try (Chromium browser = login(root, staff, "/cards")) {
            browser.click("a[href$='/cards/estates/" + e.place().estateId() + "']");
            browser.waitForUrl("the estate's cards", url -> url.endsWith("/cards/estates/" + e.place().estateId()));
            browser.type("#find", "5栋0801");
            browser.click("form.search button[type=submit]");
            browser.waitForUrl("the search result", url -> url.contains("find="));
            String table = browser.text("table");
            assertTrue(table.contains("王建国") && table.contains("5栋0801"), table);
            assertFalse(table.contains("3栋1502"), table);
        }
    }

}
