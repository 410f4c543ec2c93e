package cn.shangliang.discussion;

import java.time.Instant;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalCategory;
import cn.shangliang.proposal.ProposalStatus;
import cn.shangliang.testsupport.Fixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** A community with a council, staff, residents and a proposal to discuss. */
@ApplicationScoped
public class DiscussionTestData {

    @Inject
    CouncilTestData council;

    public record Place(long communityId, long proposalId, Fixtures.User proposer, Fixtures.User resident,
                        Fixtures.User neighbour, Fixtures.User staff, Fixtures.User member) {
    }

    public Place place() {
        CouncilTestData.Board board = council.board(2);
        Fixtures.User proposer = council.resident(board.communityId());
        long proposal = proposal(board.communityId(), proposer.accountId(), ProposalStatus.SUBMITTED);
        return new Place(board.communityId(), proposal, proposer, council.resident(board.communityId()),
                council.resident(board.communityId()), board.staff(), board.members().get(1).user());
    }

    public Fixtures.User resident(long communityId) {
        return council.resident(communityId);
    }

    @Transactional
    public long proposal(long communityId, long proposerId, ProposalStatus status) {
        Proposal p = new Proposal();
        p.communityId = communityId;
        p.proposerId = proposerId;
        p.proposerName = "提议人";
        p.title = "三号楼路灯维修";
        p.description = "三号楼门口的路灯坏了";
        p.category = ProposalCategory.values()[0];
        p.status = status;
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        if (status != ProposalStatus.SUBMITTED) {
            p.receivedAt = p.createdAt;
        }
        p.persist();
        return p.id;
    }

    /** Posts through the JSON API; returns the response for checks. */
    public static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/comments").then();
    }

    public static long postOk(String token, Map<String, Object> body) {
        return post(token, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse thread(String token, String kind, long id) {
        var spec = given();
        if (token != null) {
            spec.auth().oauth2(token);
        }
        return spec.get("/api/comments?kind=" + kind + "&subjectId=" + id).then();
    }
}
