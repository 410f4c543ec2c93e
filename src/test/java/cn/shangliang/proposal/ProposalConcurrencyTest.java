package cn.shangliang.proposal;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parallel co-signs count exactly, once per resident, and move the proposal to review exactly once. */
@QuarkusTest
@TestProfile(ProposalConcurrencyTest.ThresholdTwenty.class)
class ProposalConcurrencyTest {

    public static class ThresholdTwenty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shangliang.proposal.cosign-threshold", "20");
        }
    }

    @Inject
    CouncilTestData data;

    long community;

    long submit(Fixtures.User proposer) {
        return given().auth().oauth2(proposer.token()).contentType(ContentType.JSON)
                .body(Map.of("communityId", community, "title", "并发附议", "description", "d", "category", "OTHER"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Fires every call at once (a start gate) and returns the status codes. */
    static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : futures) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    static Callable<Integer> cosign(Fixtures.User user, long id) {
        return () -> given().auth().oauth2(user.token()).contentType(ContentType.JSON).post("/api/proposals/" + id + "/cosign")
                .statusCode();
    }

    @Test
    void twentyResidentsAtOnceGiveTwentyAndOneReview() throws Exception {
        community = data.community();
        long id = submit(data.resident(community));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(cosign(data.resident(community), id));
        }
        List<Integer> codes = atOnce(calls);
        assertEquals(20, codes.stream().filter(c -> c == 200).count(), codes.toString());
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(20)).body("status", equalTo("UNDER_REVIEW"));
        assertEquals(20, CoSignature.count("proposalId", id));
        assertEquals(1, ProposalEvent.count("proposalId = ?1 and status = ?2", id, ProposalStatus.UNDER_REVIEW));
    }

    @Test
    void oneResidentTwiceAtOnceCountsOnce() throws Exception {
        community = data.community();
        long id = submit(data.resident(community));
        Fixtures.User twice = data.resident(community);
        List<Integer> codes = atOnce(List.of(cosign(twice, id), cosign(twice, id), cosign(twice, id)));
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(2, codes.stream().filter(c -> c == 409).count(), codes.toString());
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(1));
    }
}
