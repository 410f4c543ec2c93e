package cn.shangliang.discussion;

import static cn.shangliang.discussion.DiscussionTestData.postOk;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.proposal.ProposalStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: an official reply feeds the proposal's outcome (docs/rules/discussion.md, "Official replies"): the
 * newest one by a reviewer replaces the text of a review outcome, audited and in the history; the status stays.
 */
@QuarkusTest
class OfficialReplyOutcomeTest extends OnAProposal {

    private static Map<String, Object> official(long proposalId, String body) {
        return Map.of("kind", "PROPOSAL", "subjectId", proposalId, "body", body, "official", true);
    }

    private static String outcome(long proposalId) {
        return given().get("/api/proposals/" + proposalId).then().statusCode(200).extract().jsonPath().getString("outcome");
    }

    private static long audits(long proposalId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and entityId = ?2", "proposal.outcome.official-reply", String.valueOf(proposalId)));
    }

    @Test
    void theNewestOfficialReplyOfStaffBecomesTheAnswerAndTheStatusStays() {
        long answered = data.proposal(place.communityId(), place.proposer().accountId(), ProposalStatus.ANSWERED);
        long first = postOk(place.staff().token(), official(answered, "路灯已报修，本周五前修好"));
        assertEquals("路灯已报修，本周五前修好", outcome(answered));
        long second = postOk(place.staff().token(), official(answered, "路灯已于周四修好"));
        given().get("/api/proposals/" + answered).then().body("status", equalTo("ANSWERED"))
                .body("outcome", equalTo("路灯已于周四修好"))
                .body("events[-1].note", containsString("#" + second));
        assertEquals(2, audits(answered));
        // a reply to the official reply is a comment, not a new answer
        postOk(place.staff().token(), Map.of("kind", "PROPOSAL", "subjectId", answered, "parentId", first,
                "body", "补充：已更换灯泡", "official", true));
        assertEquals("路灯已于周四修好", outcome(answered));
        given().get("/proposals/" + answered).then().body(containsString("路灯已于周四修好"));
    }

    @Test
    void rejectionsTransfersAndAcceptancesTakeItTooTheChairAsWell() {
        for (ProposalStatus status : new ProposalStatus[]{ProposalStatus.REJECTED, ProposalStatus.TRANSFERRED, ProposalStatus.ACCEPTED}) {
            long id = data.proposal(place.communityId(), place.proposer().accountId(), status);
            postOk(place.staff().token(), official(id, "理由说明：" + status));
            assertEquals("理由说明：" + status, outcome(id));
        }
    }

    @Test
    void beforeReviewOrFromACouncilMemberWhoDoesNotReviewItStaysAComment() {
        postOk(place.staff().token(), official(place.proposalId(), "已收到，将尽快审核"));
        given().get("/api/proposals/" + place.proposalId()).then().body("status", equalTo("SUBMITTED"))
                .body("outcome", equalTo(null));
        long underReview = data.proposal(place.communityId(), place.proposer().accountId(), ProposalStatus.UNDER_REVIEW);
        postOk(place.staff().token(), official(underReview, "正在审核"));
        given().get("/api/proposals/" + underReview).then().body("status", equalTo("UNDER_REVIEW")).body("outcome", equalTo(null));
        long answered = data.proposal(place.communityId(), place.proposer().accountId(), ProposalStatus.ANSWERED);
        postOk(place.member().token(), official(answered, "议事会成员的看法"));
        assertEquals(null, outcome(answered));
        assertEquals(0, audits(place.proposalId()) + audits(underReview) + audits(answered));
    }
}
