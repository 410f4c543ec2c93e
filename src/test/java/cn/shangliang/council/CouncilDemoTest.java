package cn.shangliang.council;

import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.proposal.Proposal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CouncilDemoTest {

    @Inject
    CouncilTestData data;

    @Inject
    CouncilDemo demo;

    @Test
    void demoCouncilWithAPastMeetingMinutesAndFollowUps() {
        long community = data.community();
        for (int i = 0; i < 20; i++) {
            data.resident(community);
        }
        QuarkusTransaction.requiringNew().run(() -> demo.seed(Community.findById(community),
                Resident.list("communityId = ?1 order by id", community)));
        Council council = Council.ofCommunity(community).orElseThrow();
        assertEquals(15, CouncilMember.countCurrent(council.id));
        assertEquals(6, Proposal.count("communityId", council.communityId));
        Meeting meeting = Meeting.<Meeting>find("councilId", council.id).firstResult();
        assertEquals(MeetingStatus.MINUTES_PUBLISHED, meeting.status);
        given().get("/councils/" + council.id).then().statusCode(200).body(containsString("下次月度例会"));
        given().get("/meetings/" + meeting.id + "/minutes").then().statusCode(200).body(containsString("实到12人"));
        given().get("/councils/" + council.id + "/resolutions").then().statusCode(200).body(containsString("已反馈"));
    }

    /** Issue 18: a decided proposal with fewer co-signers than the threshold must not read as still waiting. */
    @Test
    void aDecidedDemoProposalDoesNotClaimItStillNeedsCoSigners() {
        long community = data.community();
        for (int i = 0; i < 10; i++) {
            data.resident(community);
        }
        QuarkusTransaction.requiringNew().run(() -> demo.seed(Community.findById(community),
                Resident.list("communityId = ?1 order by id", community)));
        Proposal charging = Proposal.<Proposal>find("communityId = ?1 and title = ?2", community, "增设电动自行车充电棚")
                .firstResult();
        given().get("/proposals/" + charging.id).then().statusCode(200)
                .body(containsString("已有" + charging.cosignCount + "人附议"))
                .body(not(containsString("人附议后转入审核")))
                .body(not(containsString("附议人数达到")));
    }
}
