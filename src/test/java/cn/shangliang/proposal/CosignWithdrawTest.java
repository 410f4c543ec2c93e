package cn.shangliang.proposal;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A co-sign (附议) can be taken back while the proposal collects co-signs: page, API, audit, count, concurrency. */
@QuarkusTest
class CosignWithdrawTest {

    @Inject
    CouncilTestData data;

    long community;
    Fixtures.User proposer;

    @BeforeEach
    void setUp() {
        community = data.community();
        proposer = data.resident(community);
    }

    long submit() {
        return as(proposer).body(Map.of("communityId", community, "title", "楼道灯", "description", "d", "category", "OTHER"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aResidentWithdrawsTheirCosignOnceAndTheCountFollows() {
        long id = submit();
        Fixtures.User neighbour = data.resident(community);
        Fixtures.User other = data.resident(community);
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
        as(other).post("/api/proposals/" + id + "/cosign").then().statusCode(200).body("cosignCount", equalTo(2));

        as(neighbour).post("/api/proposals/" + id + "/cosign/withdraw").then().statusCode(200).body("cosignCount", equalTo(1));
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(1));
        assertEquals(1, CoSignature.count("proposalId", id));
        assertEquals(1, AuditEntry.count("action = ?1 and entityId = ?2", "proposal.cosign-withdraw", String.valueOf(id)));

        as(neighbour).post("/api/proposals/" + id + "/cosign/withdraw").then().statusCode(409)
                .body("code", equalTo("proposal.cosign.withdraw.none"));
        as(proposer).post("/api/proposals/" + id + "/cosign/withdraw").then().statusCode(409);
        given().contentType(ContentType.JSON).post("/api/proposals/" + id + "/cosign/withdraw").then().statusCode(401);
        as(neighbour).post("/api/proposals/999999/cosign/withdraw").then().statusCode(404);
        // co-signing again after a withdrawal counts again
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(200).body("cosignCount", equalTo(2));
    }

    @Test
    void onceTheProposalWentToReviewACosignStays() {
        long id = submit();
        Fixtures.User neighbour = data.resident(community);
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
        as(data.staff(community)).post("/api/proposals/" + id + "/review-start").then().statusCode(204);
        as(neighbour).cookie("sl_lang", "en").header("Accept-Language", "en").post("/api/proposals/" + id + "/cosign/withdraw")
                .then().statusCode(409).body("code", equalTo("proposal.cosign.withdraw.closed"))
                .body("detail", containsString("no longer collects"));
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(1));
    }

    @Test
    void thePageOffersTheWithdrawalToTheCosignerOnly() {
        long id = submit();
        Fixtures.User neighbour = data.resident(community);
        given().cookie("sl_token", neighbour.token()).get("/proposals/" + id).then()
                .body(not(containsString("/cosign/withdraw")));
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
        given().cookie("sl_token", neighbour.token()).get("/proposals/" + id).then()
                .body(containsString("action=\"/proposals/" + id + "/cosign/withdraw\"")).body(containsString("撤回附议"));
        given().cookie("sl_token", proposer.token()).get("/proposals/" + id).then()
                .body(not(containsString("/cosign/withdraw")));

        Forms.post("/proposals/" + id, neighbour.token()).post("/proposals/" + id + "/cosign/withdraw")
                .then().statusCode(303).header("Location", containsString("/proposals/" + id));
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(0));
        given().cookie("sl_token", neighbour.token()).get("/proposals/" + id).then()
                .body(containsString("action=\"/proposals/" + id + "/cosign\""))
                .body(not(containsString("/cosign/withdraw")));
        // without the CSRF token the page form is refused and nothing changes
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
        given().cookie("sl_token", neighbour.token()).contentType("application/x-www-form-urlencoded")
                .formParam("a", "1").redirects().follow(false).post("/proposals/" + id + "/cosign/withdraw").then().statusCode(400);
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(1));
    }

    @Test
    void withdrawalsAndCosignsAtOnceCountExactly() throws Exception {
        long id = submit();
        List<Fixtures.User> early = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Fixtures.User u = data.resident(community);
            as(u).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
            early.add(u);
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (Fixtures.User u : early) {
            calls.add(() -> as(u).post("/api/proposals/" + id + "/cosign/withdraw").statusCode());
            calls.add(() -> as(u).post("/api/proposals/" + id + "/cosign/withdraw").statusCode());
        }
        for (int i = 0; i < 3; i++) {
            Fixtures.User u = data.resident(community);
            calls.add(ProposalConcurrencyTest.cosign(u, id));
        }
        List<Integer> codes = ProposalConcurrencyTest.atOnce(calls);
        assertEquals(7, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(4, codes.stream().filter(c -> c == 409).count(), codes.toString());
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(3));
        assertEquals(3, CoSignature.count("proposalId", id));
    }
}
