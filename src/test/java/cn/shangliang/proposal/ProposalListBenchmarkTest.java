package cn.shangliang.proposal;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The public proposal list with 10,000 proposals: prints how long list pages take (first, deep, filtered,
 * searched), through the page and the API. Run with {@code -Dgroups=benchmark -DexcludedGroups=}.
 */
@QuarkusTest
@Tag("benchmark")
class ProposalListBenchmarkTest {

    @Inject
    CouncilTestData data;

    @Test
    void listPagesStayFastAtTenThousand() {
        long community = data.community();
        Fixtures.User proposer = data.resident(community);
        long start = System.nanoTime();
        data.seedProposals(community, proposer.accountId(), 10_000);
        System.out.printf("seeded 10,000 proposals in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        String[] urls = {"/proposals", "/proposals?page=250", "/proposals?page=499", "/proposals?status=ACCEPTED",
                "/proposals?category=SAFETY&status=SUBMITTED", "/proposals?q=电梯", "/api/proposals",
                "/api/proposals?page=499&community=" + community};
        for (String url : urls) {
            given().get(url).then().statusCode(200); // warm up
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long t = System.nanoTime();
                given().get(url).then().statusCode(200);
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf("list page %-50s best of 5: %5.1f ms%n", url, best / 1e6);
        }
    }
}
