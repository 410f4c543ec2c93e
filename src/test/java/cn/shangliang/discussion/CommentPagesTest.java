package cn.shangliang.discussion;

import static cn.shangliang.discussion.DiscussionTestData.thread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.common.web.Ui;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The thread component on an item's page and its forms: post, reply, refusals as the form again, escaping. */
@QuarkusTest
class CommentPagesTest extends OnAProposal {

    @Test
    void aResidentPostsFromTheItemsPageAndIsSentBackToTheirCommentWhichIsEscaped() {
        var response = Forms.post(page, place.resident().token()).formParam("kind", "PROPOSAL")
                .formParam("subjectId", place.proposalId()).formParam("stance", "SUPPORT")
                .formParam("body", "<script>alert(1)</script>支持").post("/comments");
        response.then().statusCode(303).header("Location", containsString(page + "#comment-"));
        given().get(page).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;支持"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("支持 1 · 反对 0 · 中立 0"))
                .body(containsString("登录后参与讨论"));
        given().cookie("sl_token", place.neighbour().token()).get(page).then()
                .body(containsString("action=\"/comments\""))
                .body(containsString("name=\"parentId\""))
                .body(containsString("举报"));
    }

    @Test
    void anEmptyCommentComesBackAsTheFormWithTheErrorByItsFieldAndNothingIsWritten() {
        Forms.post(page, place.resident().token()).formParam("kind", "PROPOSAL").formParam("subjectId", place.proposalId())
                .formParam("stance", "OPPOSE").formParam("body", "").post("/comments")
                .then().statusCode(400)
                .body(containsString("id=\"body-error\" role=\"alert\">请填写评论内容（1至2000字）</p>"))
                .body(containsString("value=\"OPPOSE\" selected"))
                .body(containsString("三号楼路灯维修"));
        Forms.post(page, place.resident().token()).cookie("sl_lang", "en").formParam("kind", "PROPOSAL")
                .formParam("subjectId", place.proposalId()).formParam("body", "x".repeat(2001)).post("/comments")
                .then().statusCode(400).body(containsString("Write the comment (1 to 2,000 characters)"))
                .body(containsString("Post a comment"));
        thread(null, "PROPOSAL", place.proposalId()).body("total", equalTo(0));
    }

    @Test
    void aReplyAnEditAndAReportGoThroughTheirForms() {
        Forms.post(page, place.resident().token()).formParam("kind", "PROPOSAL").formParam("subjectId", place.proposalId())
                .formParam("body", "顶层").post("/comments").then().statusCode(303);
        long top = thread(null, "PROPOSAL", place.proposalId()).extract().jsonPath().getLong("comments[0].id");
        Forms.post(page, place.neighbour().token()).formParam("kind", "PROPOSAL").formParam("subjectId", place.proposalId())
                .formParam("parentId", top).formParam("body", "回复你").post("/comments").then().statusCode(303);
        Forms.post("/comments/" + top + "/edit", place.resident().token()).formParam("body", "顶层（已改）")
                .post("/comments/" + top + "/edit").then().statusCode(303);
        Forms.post(page, place.neighbour().token()).formParam("reason", "").post("/comments/" + top + "/report")
                .then().statusCode(400).body(containsString("请选择举报原因"));
        Forms.post(page, place.neighbour().token()).formParam("reason", "OFF_TOPIC").post("/comments/" + top + "/report")
                .then().statusCode(303);
        Forms.post(page, place.neighbour().token()).formParam("reason", "x").post("/comments/" + top + "/hide")
                .then().statusCode(403);
        given().cookie("sl_token", place.proposer().token()).get(page).then()
                .body(containsString("顶层（已改）")).body(containsString("回复你")).body(containsString("已编辑"));
        given().cookie("sl_token", place.resident().token()).get("/comments/new?kind=PROPOSAL&subjectId=" + place.proposalId()
                + "&parentId=" + top).then().statusCode(200).body(containsString("name=\"parentId\" value=\"" + top + "\""));
    }

    @Test
    void staffModerationPageListsReportedCommentsAndOthersAreRefused() {
        Forms.post(page, place.resident().token()).formParam("kind", "PROPOSAL").formParam("subjectId", place.proposalId())
                .formParam("body", "被举报的话").post("/comments").then().statusCode(303);
        long id = thread(null, "PROPOSAL", place.proposalId()).extract().jsonPath().getLong("comments[0].id");
        Forms.post(page, place.neighbour().token()).formParam("reason", "ABUSE").post("/comments/" + id + "/report");
        given().cookie("sl_token", place.resident().token()).get("/discussion/communities/" + place.communityId())
                .then().statusCode(403);
        String moderation = "/discussion/communities/" + place.communityId();
        given().cookie("sl_token", place.staff().token()).get(moderation).then().statusCode(200)
                .body(containsString("被举报的话")).body(containsString("举报 1 次"));
        Forms.post(moderation, place.staff().token()).formParam("accountId", place.resident().accountId())
                .formParam("until", "").formParam("reason", "").post(moderation + "/blocks")
                .then().statusCode(400).body(containsString("请填写暂停到哪一天"));
        Forms.post(moderation, place.staff().token()).formParam("displayName", "SURNAME_TITLE")
                .post(moderation + "/setting").then().statusCode(303);
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].author", equalTo("居某"));
    }

    @Test
    void anUnblockWithoutAnAccountNumberIsRefusedInTheVisitorsLanguageAndTheBlockStays() {
        String moderation = "/discussion/communities/" + place.communityId();
        String staff = place.staff().token();
        long account = place.neighbour().accountId();
        Forms.post(moderation, staff).formParam("accountId", account).formParam("until", "2099-12-31")
                .formParam("reason", "刷屏").post(moderation + "/blocks").then().statusCode(303);
        assertTrue(blocked(account));
        Forms.post(moderation, staff).formParam("accountId", "").post(moderation + "/blocks/remove")
                .then().statusCode(400).body(containsString("请填写账号编号")).body(containsString("id=\"accountId-error\""));
        Forms.post(moderation, staff).cookie(Ui.LANG_COOKIE, "en").formParam("accountId", "abc")
                .post(moderation + "/blocks/remove").then().statusCode(400)
                .body(containsString("Enter a number")).body(containsString("value=\"abc\""))
                .body(not(containsString("请填写数字")));
        assertTrue(blocked(account));
        Forms.post(moderation, staff).formParam("accountId", account).post(moderation + "/blocks/remove")
                .then().statusCode(303);
        assertFalse(blocked(account));
    }

    private boolean blocked(long account) {
        return QuarkusTransaction.requiringNew().call(() -> Commenter.of(place.communityId(), account)
                .map(c -> c.blockedUntil != null).orElse(false));
    }
}
