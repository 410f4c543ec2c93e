package cn.shangliang.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The rate limit under parallel posts: 20 at once from one account, exactly 10 get through. The count is read
 * with the author's commenter row locked, so this holds whichever instance each request reaches.
 */
@QuarkusTest
class CommentConcurrencyTest {

    @Inject
    DiscussionTestData data;

    @Test
    void twentyParallelPostsFromOneAccountLetExactlyTenThrough() throws Exception {
        DiscussionTestData.Place place = data.place();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                results.add(pool.submit(() -> DiscussionTestData.post(place.resident().token(),
                        Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", "并发第" + n + "条"))
                        .extract().statusCode()));
            }
            int created = 0;
            int limited = 0;
            for (Future<Integer> f : results) {
                int status = f.get();
                created += status == 201 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            assertEquals(10, created, "201s; the others: " + results.stream().map(r -> {
                try {
                    return String.valueOf(r.get());
                } catch (Exception e) {
                    return e.toString();
                }
            }).toList());
            assertEquals(10, limited);
            DiscussionTestData.thread(null, "PROPOSAL", place.proposalId()).statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(10));
        } finally {
            pool.shutdownNow();
        }
    }
}
