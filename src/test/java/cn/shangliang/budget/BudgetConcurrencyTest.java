package cn.shangliang.budget;

import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.shangliang.budget.BudgetFixtures.openCycle;
import static cn.shangliang.budget.BudgetFixtures.post;
import static cn.shangliang.budget.BudgetFixtures.propose;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same resident firing the same ballot or rating in parallel gets exactly one recorded. */
@QuarkusTest
class BudgetConcurrencyTest {

    private static final int PARALLEL = 8;

    @Inject
    BudgetFixtures fx;

    @Test
    void oneResidentBallotUnderParallelRequests() throws Exception {
        BudgetFixtures.Place place = fx.place();
        long cycle = openCycle(place, "\"voteMode\":\"RESIDENTS_APPROVAL\"");
        Fixtures.User voter = fx.resident(place.communityId());
        long p = propose(voter.token(), cycle, "路灯", 1000);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(place.staff().token(), "/api/budget/projects/" + p + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/vote", null, 200);
        List<Integer> statuses = fire(() -> given().auth().oauth2(voter.token()).contentType("application/json")
                .body("{\"projectIds\":[" + p + "]}").post("/api/budget/cycles/" + cycle + "/ballots/resident").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        given().get("/api/budget/cycles/" + cycle + "/tally").then().body("ballots", equalTo(1));
        post(place.staff().token(), "/api/budget/cycles/" + cycle + "/selection", null, 200);
        given().get("/api/budget/cycles/" + cycle + "/tally").then().body("lines[0].supporters", equalTo(1));
    }

    @Test
    void oneRatingUnderParallelRequests() throws Exception {
        BudgetFixtures.Place place = fx.place();
        String staff = place.staff().token();
        Fixtures.User resident = fx.resident(place.communityId());
        long p = fx.contractedProject(place, resident, "座椅");
        post(staff, "/api/budget/projects/" + p + "/acceptance", "{\"result\":\"PASSED\",\"representatives\":\"居民代表\",\"finalCostFen\":1000}", 200);
        List<Integer> statuses = fire(() -> given().auth().oauth2(resident.token()).contentType("application/json")
                .body("{\"stars\":4}").post("/api/budget/projects/" + p + "/ratings").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        given().get("/api/budget/projects/" + p).then().body("evaluation.ratings", equalTo(1))
                .body("evaluation.grade", equalTo("GOOD"));
    }

    private static List<Integer> fire(Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
