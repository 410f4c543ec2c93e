package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One effective ballot per voter under any race, and no lost ballot when many owners vote at once. */
@QuarkusTest
class AssemblyConcurrencyTest {

    @Inject
    AssemblyFixtures assembly;

    private long openDecision(TestEstate e) {
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        return id;
    }

    private static List<Integer> fire(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyParallelCastsForOneOwnerLeaveOneBallot() throws Exception {
        TestEstate e = assembly.estate(2);
        long id = openDecision(e);
        String card = assembly.card(e.estateId(), e.owners().get(0));
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String choice = i % 2 == 0 ? "AGREE" : "OPPOSE";
            tasks.add(() -> given().auth().oauth2(card).contentType("application/json").body(Map.of("choice", choice))
                    .post("/api/assembly/decisions/" + id + "/ballot").statusCode());
        }
        List<Integer> statuses = fire(tasks);
        assertEquals(20, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(1, Ballot.count("decisionId", id));
        assertEquals(20, BallotHistory.count("decisionId", id));
        Ballot b = Ballot.find("decisionId", id).firstResult();
        BallotHistory latest = BallotHistory.find("decisionId = ?1 order by id desc", id).firstResult();
        assertEquals(latest.id, b.sequence, "the current ballot is the last one appended");
        assertEquals(latest.choice, b.choice);
        assertEquals(latest.receipt, b.receipt);
    }

    @Test
    void twoHundredOwnersInParallelGiveTwoHundredBallots() throws Exception {
        TestEstate e = assembly.estate(200);
        long id = openDecision(e);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (long owner : e.owners()) {
            String card = assembly.card(e.estateId(), owner);
            tasks.add(() -> given().auth().oauth2(card).contentType("application/json").body(Map.of("choice", "AGREE"))
                    .post("/api/assembly/decisions/" + id + "/ballot").statusCode());
        }
        List<Integer> statuses = fire(tasks);
        assertEquals(200, statuses.stream().filter(s -> s == 200).count());
        assertEquals(200, Ballot.count("decisionId", id));
        given().get("/api/assembly/decisions/" + id + "/turnout").then().statusCode(200)
                .body("participating.heads", org.hamcrest.Matchers.equalTo(200));
    }
}
