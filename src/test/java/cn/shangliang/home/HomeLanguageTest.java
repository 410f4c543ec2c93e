package cn.shangliang.home;

import cn.shangliang.budget.BudgetFixtures;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The home page's attention lines are built in Java; they must follow the visitor's language like the page. */
@QuarkusTest
class HomeLanguageTest {

    @Inject
    BudgetFixtures budget;

    @Inject
    CouncilTestData council;

    @Test
    void reviewedBudgetProposalInTheChosenLanguage() {
        BudgetFixtures.Place place = budget.place();
        Fixtures.User proposer = budget.resident(place.communityId());
        long cycle = BudgetFixtures.openCycle(place, null);
        long project = BudgetFixtures.propose(proposer.token(), cycle, "楼道扶手", 60000);
        BudgetFixtures.post(place.staff().token(), "/api/budget/cycles/" + cycle + "/review", null, 200);
        BudgetFixtures.post(place.staff().token(), "/api/budget/projects/" + project + "/review", "{\"decision\":\"ACCEPT\"}", 200);

        given().auth().oauth2(proposer.token()).cookie("sl_lang", "en").get("/").then().statusCode(200)
                .body(containsString("楼道扶手")).body(containsString("was reviewed: Accepted"))
                .body(not(containsString("审核结果")));
        given().auth().oauth2(proposer.token()).get("/").then().statusCode(200)
                .body(containsString("您的点单有了审核结果：「楼道扶手」审核通过"))
                .body(not(containsString("was reviewed")));
    }

    @Test
    void proposalAwaitingReviewInTheChosenLanguage() {
        long community = council.community();
        Fixtures.User proposer = council.resident(community);
        Fixtures.User staff = council.staff(community);
        long id = given().auth().oauth2(proposer.token()).contentType(ContentType.JSON)
                .body(Map.of("communityId", community, "title", "修健身器材", "description", "单杠松动，老人使用不安全",
                        "category", "FACILITIES", "place", "中心花园"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON)
                .post("/api/proposals/" + id + "/review-start").then().statusCode(204);

        given().auth().oauth2(staff.token()).cookie("sl_lang", "en").get("/").then().statusCode(200)
                .body(containsString("Proposal waiting for review: 修健身器材"))
                .body(not(containsString("待审核议题")));
        given().auth().oauth2(staff.token()).get("/").then().statusCode(200)
                .body(containsString("待审核议题：修健身器材"))
                .body(not(containsString("Proposal waiting for review")));
    }
}
