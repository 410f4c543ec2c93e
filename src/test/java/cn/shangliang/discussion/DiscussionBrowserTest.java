package cn.shangliang.discussion;

import static cn.shangliang.testsupport.browser.BrowserLogin.login;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.shangliang.attachment.TestFiles;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium, without any script: a resident comments with a stance on a proposal, a neighbour replies
 * through the reply form, the header's search box finds the comment; the proposer attaches a photo through the
 * plain file input and sees its thumbnail; the third report hides a comment pending review and staff restore it.
 */
@QuarkusTest
@BrowserTest
class DiscussionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DiscussionTestData data;

    @Test
    void commentingAndReplyingInTheBrowser() {
        DiscussionTestData.Place place = data.place();
        String root = base.toString().replaceAll("/$", "");
        String page = root + "/proposals/" + place.proposalId();
        try (Chromium resident = login(root, place.resident()); Chromium neighbour = login(root, place.neighbour())) {
            resident.open(page);
            resident.click("#comments input[name=stance][value=SUPPORT]");
            resident.type("#comment-body", "同意修路灯，晚上太黑了");
            resident.click("form.comment-form button[type=submit]");
            resident.waitForUrl("the comment on the proposal's page", url -> url.contains("/proposals/" + place.proposalId() + "#comment-"));
            String main = resident.text("#comments");
            assertTrue(main.contains("同意修路灯，晚上太黑了"), main);
            assertTrue(main.contains("支持 1 · 反对 0 · 中立 0"), main);

            neighbour.open(page);
            neighbour.click("details.reply-form summary");
            neighbour.type("details.reply-form textarea[name=body]", "我家楼下也不亮");
            neighbour.click("details.reply-form button[type=submit]");
            neighbour.waitForUrl("the reply on the proposal's page", url -> url.contains("#comment-"));
            String reply = neighbour.text("article.comment.reply");
            assertTrue(reply.contains("我家楼下也不亮"), reply);

            neighbour.type("#site-q", "晚上太黑");
            neighbour.click("form.site-search button[type=submit]");
            neighbour.waitForUrl("the search results", url -> url.contains("/search?q="));
            String results = neighbour.text("main");
            assertTrue(results.contains("晚上太黑") && results.contains("评论"), results);
        }
    }

    @Test
    void uploadingAPhotoThroughThePlainFileInput() throws Exception {
        DiscussionTestData.Place place = data.place();
        String root = base.toString().replaceAll("/$", "");
        String page = root + "/proposals/" + place.proposalId();
        Path photo = Files.createDirectories(Path.of("target", "browser")).resolve("lamp.jpg").toAbsolutePath();
        Files.write(photo, TestFiles.jpegWithGps(120, 80, 1));
        try (Chromium proposer = login(root, place.proposer())) {
            proposer.open(page);
            proposer.type("form.attachment-form input[type=file]", photo.toString());
            proposer.type("form.attachment-form input[name=caption]", "三号楼门口的路灯");
            proposer.click("form.attachment-form button[type=submit]");
            proposer.waitForUrl("the proposal's page", url -> url.contains("#attachment-"));
            String src = proposer.attribute(".attachment-list img", "src");
            assertTrue(src.endsWith("/thumb"), src);
            assertTrue(proposer.text(".attachment-list").contains("三号楼门口的路灯"));
        }
    }

    @Test
    void theThirdReportHidesACommentAndStaffRestoreItInTheBrowser() {
        DiscussionTestData.Place place = data.place();
        long id = DiscussionTestData.postOk(place.resident().token(),
                java.util.Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "三楼的灯也坏了"));
        for (Fixtures.User reporter : new Fixtures.User[]{place.proposer(), place.member()}) {
            io.restassured.RestAssured.given().auth().oauth2(reporter.token()).contentType("application/json")
                    .body(java.util.Map.of("reason", "OFF_TOPIC")).post("/api/comments/" + id + "/report").then().statusCode(200);
        }
        String root = base.toString().replaceAll("/$", "");
        String page = root + "/proposals/" + place.proposalId();
        String comment = "#comment-" + id;
        try (Chromium neighbour = login(root, place.neighbour())) {
            neighbour.open(page);
            neighbour.click(comment + " details:first-of-type summary");
            neighbour.click("form[action='/comments/" + id + "/report'] button[type=submit]");
            neighbour.waitForUrl("back on the proposal", url -> url.contains("/proposals/" + place.proposalId()));
            neighbour.open(page);
            String hidden = neighbour.text(comment);
            assertTrue(!hidden.contains("三楼的灯也坏了"), "the third report hides the words pending review: " + hidden);
        }
        try (Chromium staff = login(root, place.staff())) {
            staff.open(page);
            assertTrue(staff.text(comment).contains("三楼的灯也坏了"), "staff still see the words");
            staff.click(comment + " details:last-of-type summary");
            staff.type("form[action='/comments/" + id + "/restore'] input[name=reason]", "与议题相关");
            staff.click("form[action='/comments/" + id + "/restore'] button[type=submit]");
            staff.waitForUrl("back on the proposal", url -> url.contains("/proposals/" + place.proposalId()));
        }
        DiscussionTestData.thread(null, "PROPOSAL", place.proposalId())
                .body("comments[0].status", org.hamcrest.Matchers.equalTo("VISIBLE"))
                .body("comments[0].body", org.hamcrest.Matchers.equalTo("三楼的灯也坏了"));
    }
}
