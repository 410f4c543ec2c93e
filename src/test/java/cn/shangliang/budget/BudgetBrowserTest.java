package cn.shangliang.budget;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 民生微实事 project from the resident's proposal to the residents' evaluation, in headless Chromium: the
 * resident proposes, staff review it, a present council member votes for it, staff close the vote, the
 * resident objects during the notice, staff answer and confirm it, record the contract, a progress report and
 * the acceptance, and the resident rates it. The cycle, the accounts and the attendance are set up by the API
 * (not the point here); the end of the notice period is simulated as in {@link BudgetPagesTest}.
 */
@QuarkusTest
@BrowserTest
class BudgetBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    BudgetFixtures fx;

    @Test
    void aProjectFromProposalToEvaluationInTheBrowser() throws Exception {
        BudgetFixtures.Place place = fx.place();
        Fixtures.User resident = fx.resident(place.communityId());
        Fixtures.User member = fx.councilMember(place.communityId());
        long cycle = BudgetFixtures.openCycle(place, "\"maxApprovals\":3");
        String root = base.toString().replaceAll("/$", "");
        String cyclePage = root + "/budget/cycles/" + cycle;

        try (Chromium residentBrowser = login(root, resident); Chromium staffBrowser = login(root, place.staff());
             Chromium memberBrowser = login(root, member)) {
            // 点单
            residentBrowser.open(cyclePage);
            assertTrue(residentBrowser.text("main").contains("征集点单"));
            residentBrowser.type("form[action$='/proposals'] [name=title]", "楼道扶手");
            residentBrowser.type("form[action$='/proposals'] [name=need]", "老人上楼难，需要扶手");
            residentBrowser.type("form[action$='/proposals'] [name=location]", "3栋");
            residentBrowser.click("form[action$='/proposals'] [name=type] option[value=WORKS]");
            residentBrowser.type("form[action$='/proposals'] [name=estimatedCost]", "600.50");
            residentBrowser.type("form[action$='/proposals'] [name=beneficiaries]", "老人");
            residentBrowser.click("form[action$='/proposals'] button[type=submit]");
            String projectPage = residentBrowser.waitForUrl("the project page", url -> url.matches(".*/budget/projects/\\d+$"));
            long project = Long.parseLong(projectPage.substring(projectPage.lastIndexOf('/') + 1));
            assertContains(residentBrowser, "楼道扶手", "待审核", "600.50");
            residentBrowser.open(root + "/budget/mine");
            assertContains(residentBrowser, "我的点单", "楼道扶手");

            // 审核
            staffBrowser.open(cyclePage);
            staffBrowser.click("form.stage button");
            staffBrowser.waitForUrl("the cycle page", url -> url.equals(cyclePage));
            assertContains(staffBrowser, "审核筛选");
            staffBrowser.open(projectPage);
            staffBrowser.click("#decision option[value=ACCEPT]");
            staffBrowser.type("#note", "符合民生微实事范围");
            staffBrowser.click("form[action$='/review'] button");
            staffBrowser.waitForUrl("the project page", url -> url.equals(projectPage));
            assertContains(staffBrowser, "审核通过", "符合民生微实事范围");
            staffBrowser.open(cyclePage);
            staffBrowser.click("form.stage button");
            staffBrowser.waitForUrl("the vote page", url -> url.equals(cyclePage + "/vote"));
            assertContains(staffBrowser, "票决");

            // 议事会票决：出席由工作人员经 API 登记
            given().auth().oauth2(place.staff().token()).contentType("application/json")
                    .body("{\"accountIds\":[" + member.accountId() + "],\"membersTotal\":1}")
                    .put("/api/budget/cycles/" + cycle + "/attendance").then().statusCode(200).body("quorumMet", equalTo(true));
            String votePage = cyclePage + "/vote";
            memberBrowser.open(votePage);
            assertContains(memberBrowser, "已达到法定人数", "楼道扶手");
            memberBrowser.click("input[name=projectId][value='" + project + "']");
            memberBrowser.click("form.ballot button[type=submit]");
            memberBrowser.waitForUrl("the vote page", url -> url.equals(votePage));
            assertContains(memberBrowser, "您已投票", "已投选票：1");

            staffBrowser.open(votePage);
            staffBrowser.click("form[action$='/selection'] button");
            staffBrowser.waitForUrl("the selection page", url -> url.equals(cyclePage + "/selection"));
            assertContains(staffBrowser, "票决结果说明", "楼道扶手", "✔ 入选", "入选：资金足够");

            // 公示与异议
            String noticePage = cyclePage + "/notice";
            residentBrowser.open(noticePage);
            assertContains(residentBrowser, "公示", "暂无异议。");
            residentBrowser.type("#objection", "请说明扶手的材质");
            residentBrowser.click("form[action$='/objections'] button");
            residentBrowser.waitForUrl("the notice page", url -> url.equals(noticePage));
            assertContains(residentBrowser, "请说明扶手的材质", "尚未答复");

            staffBrowser.open(noticePage);
            staffBrowser.type("form[action$='/answer'] textarea", "不锈钢，带防滑套");
            staffBrowser.click("form[action$='/answer'] button");
            staffBrowser.waitForUrl("the notice page", url -> url.equals(noticePage));
            assertContains(staffBrowser, "答复：不锈钢，带防滑套");
            fx.endNotice(cycle);
            staffBrowser.open(noticePage);
            staffBrowser.click("form[action$='/confirm'] button");
            staffBrowser.waitForUrl("the cycle page", url -> url.equals(cyclePage));
            assertContains(staffBrowser, "已立项");

            // 实施与验收
            staffBrowser.open(projectPage);
            assertContains(staffBrowser, "已立项");
            staffBrowser.type("#implementerName", "安居公司");
            staffBrowser.click("#implementerKind option[value=COMPANY]");
            staffBrowser.type("#contract", "600.50");
            staffBrowser.click("form[action$='/contract'] button");
            staffBrowser.waitForUrl("the project page", url -> url.equals(projectPage));
            assertContains(staffBrowser, "实施中", "安居公司（企业）");
            staffBrowser.type("#rtext", "扶手已安装完毕");
            staffBrowser.type("#percent", "100");
            staffBrowser.type("#expense1", "材料");
            staffBrowser.type("#amount1", "500");
            staffBrowser.click("form[action$='/reports'] button");
            staffBrowser.waitForUrl("the project page", url -> url.equals(projectPage));
            assertContains(staffBrowser, "扶手已安装完毕", "材料：500.00 元");
            staffBrowser.click("#result option[value=PASSED]");
            staffBrowser.type("#representatives", "李干事、张阿姨");
            staffBrowser.type("#finalCost", "590");
            staffBrowser.click("form[action$='/acceptance'] button");
            staffBrowser.waitForUrl("the project page", url -> url.equals(projectPage));
            assertContains(staffBrowser, "已验收", "验收合格 · 李干事、张阿姨", "590.00");

            // 居民评价
            residentBrowser.open(projectPage);
            assertContains(residentBrowser, "居民评价", "已验收");
            residentBrowser.click("input[name=stars][value='5']");
            residentBrowser.type("#comment", "很好，老人上楼方便了");
            residentBrowser.click("form[action$='/ratings'] button");
            residentBrowser.waitForUrl("the project page", url -> url.equals(projectPage));
            assertContains(residentBrowser, "您已评价：星级 5", "评价人数：1", "绩效等级：优");
            Path shot = residentBrowser.screenshot("budget-evaluation");
            assertTrue(Files.size(shot) > 1000, "screenshot written to " + shot.toAbsolutePath());
        }
    }

    private static void assertContains(Chromium browser, String... texts) {
        String main = browser.text("main");
        for (String text : texts) {
            assertTrue(main.contains(text), "expected \"" + text + "\" on " + browser.currentUrl() + ":\n" + main);
        }
    }
}
