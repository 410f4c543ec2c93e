package cn.shangliang.discussion;

import static cn.shangliang.discussion.DiscussionTestData.post;
import static cn.shangliang.discussion.DiscussionTestData.postOk;
import static cn.shangliang.discussion.DiscussionTestData.thread;
import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports and auto-hide, staff hiding and restoring with a reason, blocks and the display-name setting. */
@QuarkusTest
class ModerationApiTest {

    @Inject
    DiscussionTestData data;

    DiscussionTestData.Place place;
    long comment;

    @BeforeEach
    void setUp() {
        place = data.place();
        comment = postOk(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "广告：低价装修"));
    }

    private void report(Fixtures.User user, int status) {
        as(user).body(Map.of("reason", "SPAM")).post("/api/comments/" + comment + "/report").then().statusCode(status);
    }

    @Test
    void theThirdDistinctReportHidesTheCommentPendingReviewAndStaffStillSeeIt() {
        report(place.neighbour(), 200);
        report(place.neighbour(), 409);
        report(place.resident(), 400);
        report(place.proposer(), 200);
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].status", equalTo("VISIBLE"));
        as(place.member()).body(Map.of("reason", "ABUSE")).post("/api/comments/" + comment + "/report")
                .then().statusCode(200).body("reports", equalTo(3));
        thread(place.neighbour().token(), "PROPOSAL", place.proposalId())
                .body("comments[0].status", equalTo("PENDING_REVIEW")).body("comments[0].body", nullValue());
        thread(place.staff().token(), "PROPOSAL", place.proposalId())
                .body("comments[0].body", equalTo("广告：低价装修")).body("comments[0].moderatable", equalTo(true));
        as(place.neighbour()).body(Map.of()).post("/api/comments/" + comment + "/report").then().statusCode(400);
        List<String> actions = audit(comment);
        assertEquals(List.of("comment.post", "comment.report", "comment.report", "comment.report", "comment.auto-hide"), actions);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("entityType = 'comment' and entityId = ?1",
                String.valueOf(comment)).stream().anyMatch(e -> e.summary.contains("低价装修"))), "audit entries never copy the words");
    }

    private static List<String> audit(long comment) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "entityType = 'comment' and entityId = ?1 order by id", String.valueOf(comment)).stream().map(e -> e.action).toList());
    }

    @Test
    void staffHideWithAReasonShownInPlaceAndRestoreAndNobodyElseMay() {
        as(place.resident()).body(Map.of("reason", "违规")).post("/api/comments/" + comment + "/hide").then().statusCode(403);
        as(place.member()).body(Map.of("reason", "违规")).post("/api/comments/" + comment + "/hide").then().statusCode(403);
        as(place.staff()).body(Map.of("reason", "")).post("/api/comments/" + comment + "/hide").then().statusCode(400);
        as(place.staff()).body(Map.of("reason", "商业广告")).post("/api/comments/" + comment + "/hide").then().statusCode(204);
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].status", equalTo("HIDDEN"))
                .body("comments[0].hiddenReason", equalTo("商业广告")).body("comments[0].body", nullValue());
        given().get("/proposals/" + place.proposalId()).then().body(containsString("已隐藏：商业广告"))
                .body(not(containsString("低价装修")));
        as(place.staff()).body(Map.of("reason", "商业广告")).post("/api/comments/" + comment + "/hide").then().statusCode(409);
        as(place.staff()).body(Map.of("reason", "误判")).post("/api/comments/" + comment + "/restore").then().statusCode(204);
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].body", equalTo("广告：低价装修"));
        assertEquals(List.of("comment.post", "comment.hide", "comment.restore"), audit(comment));
    }

    @Test
    void aBlockedResidentSeesTheDateAndCannotCommentUntilTheBlockIsLifted() {
        Map<String, Object> block = Map.of("communityId", place.communityId(), "accountId", place.resident().accountId(),
                "until", LocalDate.now().plusDays(7).toString(), "reason", "多次发布广告");
        as(place.resident()).body(block).post("/api/discussion/blocks").then().statusCode(403);
        as(place.staff()).body(Map.of("communityId", place.communityId(), "accountId", place.resident().accountId(),
                "until", "2020-01-01", "reason", "x")).post("/api/discussion/blocks").then().statusCode(400);
        as(place.staff()).body(block).post("/api/discussion/blocks").then().statusCode(204);
        post(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "再发"))
                .statusCode(403).body("detail", containsString(LocalDate.now().plusDays(7).toString()));
        thread(place.resident().token(), "PROPOSAL", place.proposalId())
                .body("blockedUntil", equalTo(LocalDate.now().plusDays(7).toString())).body("canPost", equalTo(false));
        postOk(place.neighbour().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "别人照常"));
        as(place.staff()).delete("/api/discussion/blocks?community=" + place.communityId() + "&account=" + place.resident().accountId())
                .then().statusCode(204);
        postOk(place.resident().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "解除后"));
    }

    @Test
    void theDisplayNameSettingChangesWhatOthersSeeAndStaffAreMarkedWhateverTheSetting() {
        postOk(place.staff().token(), Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "已联系物业"));
        thread(null, "PROPOSAL", place.proposalId()).body("comments[0].author", equalTo("居某"))
                .body("comments[1].mark", equalTo("STAFF"));
        as(place.resident()).body(Map.of("communityId", place.communityId(), "displayName", "FULL_NAME"))
                .put("/api/discussion/settings").then().statusCode(403);
        as(place.staff()).body(Map.of("communityId", place.communityId(), "displayName", "FULL_NAME"))
                .put("/api/discussion/settings").then().statusCode(204);
        thread(null, "PROPOSAL", place.proposalId())
                .body("comments[0].author", equalTo("居民" + place.resident().accountId()))
                .body("comments[1].mark", equalTo("STAFF"));
    }
}
