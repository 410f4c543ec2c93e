package cn.shangliang.discussion;

import static cn.shangliang.discussion.DiscussionTestData.post;
import static cn.shangliang.discussion.DiscussionTestData.postOk;
import static cn.shangliang.discussion.DiscussionTestData.thread;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import cn.shangliang.notification.Notification;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.proposal.ProposalStatus;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.MovableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comments through the JSON API: posting, replies, stances, official replies, limits, editing and who may do what. */
@QuarkusTest
class CommentApiTest {

    @Inject
    DiscussionTestData data;

    @Inject
    CardFixtures cards;

    @Inject
    MovableClock clock;

    DiscussionTestData.Place place;

    @BeforeEach
    void setUp() {
        place = data.place();
    }

    private Map<String, Object> comment(String body) {
        return Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", body);
    }

    @Test
    void aResidentCommentsWithAStanceAndTheCountsTakeEachPersonsLatestStance() {
        postOk(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "同意，三楼也不亮", "stance", "SUPPORT"));
        postOk(place.neighbour().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "先查线路", "stance", "NEUTRAL"));
        postOk(place.neighbour().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "想了想反对", "stance", "OPPOSE"));
        postOk(place.proposer().token(), comment("谢谢大家"));
        thread(null, "PROPOSAL", place.proposalId()).statusCode(200)
                .body("total", equalTo(4))
                .body("counts.support", equalTo(1)).body("counts.oppose", equalTo(1)).body("counts.neutral", equalTo(0))
                .body("comments[0].body", equalTo("同意，三楼也不亮"))
                .body("comments[0].author", equalTo("居某"))
                .body("comments[0].stance", equalTo("SUPPORT"));
    }

    @Test
    void aReplyToAReplyJoinsTheTopLevelCommentAndTheRepliedToAndTheProposerAreNotified() {
        long top = postOk(place.resident().token(), comment("路灯坏了一周"));
        long reply = postOk(place.neighbour().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "parentId", top, "body", "我家门口也是"));
        long deeper = postOk(place.staff().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "parentId", reply, "body", "已报修"));
        thread(null, "PROPOSAL", place.proposalId())
                .body("comments", hasSize(1))
                .body("comments[0].replies.id", contains((int) reply, (int) deeper))
                .body("comments[0].replies[1].parentId", equalTo((int) top))
                .body("comments[0].replies[1].mark", equalTo("STAFF"));
        assertEquals(1, notifications(NotificationKind.COMMENT_NEW, place.proposer().accountId()));
        assertEquals(2, notifications(NotificationKind.COMMENT_REPLY, place.resident().accountId()));
        assertEquals(0, notifications(NotificationKind.COMMENT_REPLY, place.neighbour().accountId()));
    }

    private static long notifications(NotificationKind kind, long account) {
        return QuarkusTransaction.requiringNew().call(() ->
                Notification.count("kind = ?1 and recipientId = ?2", kind, account));
    }

    @Test
    void officialRepliesAreMarkedAndListedFirstAndOnlyStaffAndCouncilMayPostThem() {
        postOk(place.resident().token(), comment("什么时候修？"));
        Map<String, Object> official = Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "本周五修复", "official", true);
        post(place.resident().token(), official).statusCode(403).body("detail", containsString("官方回复"));
        postOk(place.member().token(), official);
        thread(null, "PROPOSAL", place.proposalId())
                .body("comments[0].official", equalTo(true))
                .body("comments[0].mark", equalTo("COUNCIL"))
                .body("comments[1].official", equalTo(false));
        long officialId = thread(null, "PROPOSAL", place.proposalId()).extract().jsonPath().getLong("comments[0].id");
        given().get("/proposals/" + place.proposalId()).then()
                .body(containsString("<a href=\"#comment-" + officialId + "\">查看官方回复</a>"));
    }

    @Test
    void whoMayCommentOwnersCardsOutsidersAndStrangersAreRefused() {
        given().contentType(ContentType.JSON).body(comment("匿名")).post("/api/comments").then().statusCode(401);
        Fixtures.User outsider = data.resident(data.place().communityId());
        post(outsider.token(), comment("外人")).statusCode(403);
        TestWorld.Place estate = cards.estate();
        String card = cards.token(cards.card(cards.owner(estate.estateId(), "业主甲"), true));
        long proposalThere = data.proposal(estate.communityId(), place.resident().accountId(), ProposalStatus.SUBMITTED);
        given().auth().oauth2(card).contentType(ContentType.JSON)
                .body(Map.of("kind", "PROPOSAL", "subjectId", proposalThere, "body", "我是业主"))
                .post("/api/comments").then().statusCode(403).body("detail", containsString("业主一卡通"));
        post(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", 999_999_999L, "body", "x")).statusCode(404);
        thread(null, "PROPOSAL", place.proposalId()).body("total", equalTo(0));
    }

    @Test
    void emptyOversizeAndMisplacedStancesAreRefusedInTheVisitorsLanguageAndNothingIsWritten() {
        post(place.resident().token(), comment("   ")).statusCode(400).body("errors[0].message", containsString("评论内容"));
        post(place.resident().token(), comment("长".repeat(2001))).statusCode(400);
        given().auth().oauth2(place.resident().token()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(comment("")).post("/api/comments").then().statusCode(400)
                .body("errors[0].message", containsString("Write the comment"));
        long top = postOk(place.resident().token(), comment("长".repeat(2000)));
        post(place.neighbour().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "parentId", top,
                "body", "回复", "stance", "SUPPORT")).statusCode(400).body("code", equalTo("comment.stance.not-here"));
        post(place.resident().token(), Map.of("kind", "MEETING", "subjectId", 1, "body", "会议")).statusCode(400);
        post(place.resident().token(), Map.of("kind", "NOPE", "subjectId", 1, "body", "x")).statusCode(400);
        thread(null, "PROPOSAL", place.proposalId()).body("total", equalTo(1));
    }

    @Test
    void theEleventhCommentInAMinuteIsRefusedWith429AndAMinuteLaterPostingWorksAgain() {
        Instant now = Instant.now();
        clock.set(now);
        for (int i = 0; i < 10; i++) {
            postOk(place.resident().token(), comment("第" + i + "条"));
        }
        post(place.resident().token(), comment("第十一条")).statusCode(429).body("code", equalTo("comment.rate-limit"))
                .body("detail", containsString("10"));
        clock.set(now.plus(Duration.ofSeconds(61)));
        postOk(place.resident().token(), comment("一分钟后"));
        thread(null, "PROPOSAL", place.proposalId()).body("total", equalTo(11));
    }

    @Test
    void authorsEditWithinTheWindowOnlyAndWithdrawnWordsLeaveTheirPlaceAndTheirStance() {
        Instant now = Instant.now();
        clock.set(now);
        long id = postOk(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "初稿", "stance", "SUPPORT"));
        given().auth().oauth2(place.neighbour().token()).contentType(ContentType.JSON).body(Map.of("body", "改别人的"))
                .put("/api/comments/" + id).then().statusCode(403);
        given().auth().oauth2(place.resident().token()).contentType(ContentType.JSON).body(Map.of("body", "修改稿"))
                .put("/api/comments/" + id).then().statusCode(204);
        clock.set(now.plus(Duration.ofMinutes(16)));
        given().auth().oauth2(place.resident().token()).contentType(ContentType.JSON).body(Map.of("body", "太晚了"))
                .put("/api/comments/" + id).then().statusCode(409).body("detail", containsString("15"));
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].body", equalTo("修改稿"))
                .body("comments[0].edited", equalTo(true)).body("counts.support", equalTo(1));
        given().auth().oauth2(place.neighbour().token()).contentType(ContentType.JSON).post("/api/comments/" + id + "/withdraw").then().statusCode(403);
        given().auth().oauth2(place.resident().token()).contentType(ContentType.JSON).post("/api/comments/" + id + "/withdraw").then().statusCode(204);
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].status", equalTo("WITHDRAWN"))
                .body("comments[0].body", nullValue()).body("counts.support", equalTo(0));
    }

    @Test
    void aWithdrawnProposalTakesNoMoreComments() {
        long withdrawn = data.proposal(place.communityId(), place.proposer().accountId(), ProposalStatus.WITHDRAWN);
        post(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", withdrawn, "body", "还能说吗")).statusCode(409);
    }
}
