package cn.shangliang.proposal;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throughput of the public list pages beside a static file served by the same server, 16 clients, interleaved
 * rounds (issue 17: goals proposal list ≥ 0.15 and notice board ≥ 0.3 of the static file). Run on request:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=ListThroughputBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class ListThroughputBenchmark {

    private static final int CLIENTS = 16;
    private static final int REQUESTS = Integer.getInteger("list.bench.requests", 2_000);
    private static final int ROUNDS = 3;

    @Inject
    CouncilTestData data;

    @Inject
    AgroalDataSource ds;

    @TestHTTPResource("/")
    URI base;

    @Test
    void listPagesBesideAStaticFile() throws Exception {
        long community = data.community();
        Fixtures.User proposer = data.resident(community);
        data.seedProposals(community, proposer.accountId(), 10_000);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO notice (community_id, category, title, body, published_at, published_by)"
                    + " SELECT " + community + ", 'GENERAL', CONCAT('公示 ', seq), REPEAT('正文', 400),"
                    + " NOW(6) - INTERVAL seq MINUTE, 'bench' FROM seq_1_to_2000");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, Double> best = new LinkedHashMap<>();
        String[] urls = {"/css/app.css", "/proposals", "/proposals?page=3&status=SUBMITTED", "/notices"};
        for (String url : urls) {
            rate(client, url, 200); // warm up
        }
        for (int round = 1; round <= ROUNDS; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (String url : urls) {
                double r = rate(client, url, REQUESTS);
                best.merge(url, r, Math::max);
                line.append(String.format(" %s %.0f/s;", url, r));
            }
            System.out.println(line);
        }
        double css = best.get("/css/app.css");
        best.forEach((url, r) -> System.out.printf("%-40s best %.0f req/s, ratio to the static file %.3f%n", url, r, r / css));
        System.out.printf("req/s static %.0f proposals %.0f (ratio %.3f) notices %.0f (ratio %.3f)%n", css,
                best.get("/proposals"), best.get("/proposals") / css, best.get("/notices"), best.get("/notices") / css);
    }

    private double rate(HttpClient client, String url, int count) throws Exception {
        URI uri = base.resolve(url);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
                futures.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri)
                                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, failures.get(), url);
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
