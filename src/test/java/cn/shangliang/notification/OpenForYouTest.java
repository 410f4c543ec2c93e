package cn.shangliang.notification;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A resident's home page lists what is open to them, and stops once they took part; proposals reach followers. */
@QuarkusTest
class OpenForYouTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CardFixtures cards;

    @Test
    void aProposalGatheringCoSignaturesIsOpenToOtherResidentsUntilTheyCoSign() {
        long community = cards.estate().communityId();
        Fixtures.User author = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, community);
        Fixtures.User neighbour = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, community);
        long id = ((Number) given().auth().oauth2(author.token()).contentType("application/json")
                .body(Map.of("communityId", community, "title", "楼道加装扶手", "description", "老人上下楼不便。",
                        "category", "FACILITIES"))
                .post("/api/proposals").then().statusCode(201).extract().path("id")).longValue();
        given().cookie("sl_token", neighbour.token()).get("/").then().statusCode(200)
                .body(containsString("可附议：议题「楼道加装扶手」")).body(containsString("/proposals/" + id));
        given().cookie("sl_token", neighbour.token()).cookie("sl_lang", "en").get("/").then().statusCode(200)
                .body(containsString("Open to you: co-sign the proposal"));
        given().cookie("sl_token", author.token()).get("/").then().statusCode(200)
                .body(not(containsString("可附议：议题「楼道加装扶手」")));
        given().auth().oauth2(neighbour.token()).contentType("application/json").post("/api/proposals/" + id + "/cosign")
                .then().statusCode(200);
        given().cookie("sl_token", neighbour.token()).get("/").then().statusCode(200)
                .body(not(containsString("可附议：议题「楼道加装扶手」")));
    }

    @Test
    void aReviewOutcomeReachesTheProposerAndCoSigners() {
        long community = cards.estate().communityId();
        Fixtures.User author = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, community);
        Fixtures.User neighbour = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, community);
        String staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, community).token();
        long id = ((Number) given().auth().oauth2(author.token()).contentType("application/json")
                .body(Map.of("communityId", community, "title", "垃圾分类点改造", "description", "异味严重。",
                        "category", "ENVIRONMENT"))
                .post("/api/proposals").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(neighbour.token()).contentType("application/json").post("/api/proposals/" + id + "/cosign")
                .then().statusCode(200);
        given().auth().oauth2(staff).contentType("application/json").post("/api/proposals/" + id + "/review-start")
                .then().statusCode(org.hamcrest.Matchers.lessThan(300));
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("outcome", "ANSWERED", "text", "已安排物业整改。"))
                .post("/api/proposals/" + id + "/review").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        for (Fixtures.User u : List.of(author, neighbour)) {
            long n = QuarkusTransaction.requiringNew().call(() -> Notification.count("kind = ?1 and recipientType = ?2 "
                    + "and recipientId = ?3 and subjectId = ?4", NotificationKind.PROPOSAL_UPDATE, RecipientType.ACCOUNT,
                    u.accountId(), String.valueOf(id)));
            org.junit.jupiter.api.Assertions.assertEquals(1, n);
        }
    }
}
