package cn.shangliang.budget;

import cn.shangliang.budget.rules.PabulibElection;
import cn.shangliang.budget.rules.PabulibParser;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static cn.shangliang.budget.BudgetFixtures.openCycle;
import static cn.shangliang.budget.BudgetFixtures.post;
import static cn.shangliang.budget.BudgetFixtures.propose;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The .pb download works at every stage where the cycle page offers it, and parses back. */
@QuarkusTest
class PabulibExportTest {

    @Inject
    BudgetFixtures fx;

    private static PabulibElection download(long cycle) {
        String text = given().get("/api/budget/cycles/" + cycle + "/pabulib").then().statusCode(200)
                .extract().asString();
        return PabulibParser.parse(text);
    }

    @Test
    void exportsAtEveryStageFromTheFirstProposal() {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        long cycle = openCycle(place, null);
        Fixtures.User r1 = fx.resident(place.communityId());
        long a = propose(r1.token(), cycle, "扶手", 60000);
        PabulibElection proposing = download(cycle);
        assertEquals(0, proposing.projects().size(), "nothing has reached the vote yet");

        post(staff, "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(staff, "/api/budget/projects/" + a + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        assertEquals(1, download(cycle).projects().size());

        post(staff, "/api/budget/cycles/" + cycle + "/vote", null, 200);
        PabulibElection voting = download(cycle);
        assertEquals(1, voting.projects().size());
        assertEquals(0, voting.ballots().size());
        given().get("/budget/cycles/" + cycle).then().statusCode(200).body(containsString("/pabulib"));
    }
}
