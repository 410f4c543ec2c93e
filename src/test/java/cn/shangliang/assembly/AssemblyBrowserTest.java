package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An owner in a real (headless) browser: the notice, card login, vote with confirmation, receipt, and the result. */
@QuarkusTest
@BrowserTest
class AssemblyBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CardFixtures cards;

    @Inject
    AssemblyFixtures assembly;

    @Test
    void noticeCardLoginVoteReceiptCloseResult() {
        TestEstate e = assembly.estate(1);
        TestWorld.Card card = cards.card(e.owners().get(0), true);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String root = base.toString().replaceAll("/$", "");

        try (Chromium browser = Chromium.start()) {
            browser.open(root + "/notices?category=ASSEMBLY");
            assertTrue(browser.pageSource().contains("业主共同决定公告：续聘物业服务企业"), "the notice is on the board");
            browser.open(root + "/card/login");
            browser.type("#number", card.number());
            browser.type("#pin", card.pin());
            browser.click("form.card-form button[type=submit]");
            browser.waitForUrl("the home page", url -> url.equals(root + "/"));
            assertTrue(browser.pageSource().contains("请投票：续聘物业服务企业"), "the home page asks to vote");

            browser.open(root + "/assembly/" + id + "/vote");
            browser.click("input[name=choice][value=AGREE]");
            browser.click("form.vote-form button[type=submit]");
            browser.waitForUrl("the confirmation", url -> url.endsWith("/vote/confirm"));
            assertTrue(browser.text("main").contains("同意"));
            browser.click("main form button[type=submit]");
            browser.waitForUrl("the receipt", url -> url.contains("/vote/receipt"));
            String receipt = browser.text("#receipt");
            assertEquals(19, receipt.length(), receipt);

            assembly.close(id, staff);
            browser.open(root + "/assembly/" + id);
            assertTrue(browser.text("main").contains("表决结果"));
            assertTrue(browser.text("main").contains("通过"));
            browser.open(root + "/assembly/receipt?code=" + receipt);
            assertTrue(browser.text("main").contains("已计入"));
            browser.screenshot("assembly-result");
        }
    }
}
