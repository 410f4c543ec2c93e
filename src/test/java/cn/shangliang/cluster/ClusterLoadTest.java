package cn.shangliang.cluster;

import cn.shangliang.identity.Passwords;
import cn.shangliang.ownercard.CardNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load of the cluster test (scripts/cluster/test), through the load balancer of a running topology: owners'
 * cards log in, then cast ballots for a while, many at once, and every tenth time the same owner casts several
 * ballots at the same moment (the load balancer spreads them over the instances, so over the Galera nodes).
 * Every acknowledged receipt is then looked for in the database, and every voter must have exactly one current
 * ballot, one of their acknowledged ones. Run by the script, or on request:
 * {@code ./mvnw -o test -Dgroups=cluster -DexcludedGroups= -Dtest=ClusterLoadTest -Dcluster.jdbc=…}.
 */
@Tag("cluster")
class ClusterLoadTest {

    private static final String LB = System.getProperty("cluster.lb", "http://127.0.0.1:8090");
    private static final String JDBC = System.getProperty("cluster.jdbc", "jdbc:mariadb://127.0.0.1:3311/shangliang");
    private static final String USER = System.getProperty("cluster.user", "shangliang");
    private static final String PASSWORD = System.getProperty("cluster.password", "");
    private static final String LABEL = System.getProperty("cluster.label", "galera");
    private static final int VOTERS = Integer.getInteger("cluster.voters", 300);
    private static final int SECONDS = Integer.getInteger("cluster.seconds", 60);
    private static final int THREADS = Integer.getInteger("cluster.threads", 12);
    /** Casts for the same owner sent at the same moment, every tenth time. */
    private static final int BURST = 4;
    private static final Path RESULTS = Path.of(System.getProperty("cluster.results", "target/cluster/results.tsv"));
    private static final String PIN = "314159";
    private static final String[] CHOICES = {"AGREE", "OPPOSE", "ABSTAIN"};

    private final ObjectMapper json = new ObjectMapper();
    // HTTP/1.1: the client's default h2c upgrade would turn a connection into a tunnel to one instance, past the
    // load balancer's per-request choice.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Voter(String key, long ownerId, String cardNumber) {
    }

    /** One request's outcome; {@code receipt} only when acknowledged. */
    record Outcome(String voterKey, int status, String code, long micros, String receipt, String servedBy) {
    }

    @Test
    void ballotsThroughTheLoadBalancer() throws Exception {
        long decision;
        List<Voter> voters;
        try (Connection db = connect()) {
            decision = openDecision(db);
            voters = seedCards(db, decision);
        }
        System.out.printf("[%s] decision %d, %d voters with cards, %d s of load on %d threads%n", LABEL, decision,
                voters.size(), SECONDS, THREADS);
        Map<String, String> tokens = login(voters);
        List<Outcome> outcomes = cast(decision, voters, tokens);
        Report report = verify(decision, voters, outcomes);
        report.print();
        report.append();
        assertEquals(0, report.lost, "acknowledged receipts missing from the database");
        assertEquals(0, report.notAcknowledgedCurrent, "a current ballot nobody was told about or asked for");
        assertEquals(0, report.serverErrors, "500s: a failure that was neither success nor a retryable refusal");
        assertEquals(0, report.notRetryable, "refusals a client cannot simply send again");
        assertEquals(0, report.readMisses, "an acknowledged receipt not found by the next request");
        assertTrue(report.acknowledged > 0, "no ballot was acknowledged");
    }

    // ---- set-up: the open demo decision and a card for each of the first voters who cast for themselves only

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(JDBC, USER, PASSWORD);
    }

    private static long openDecision(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM assembly_decision WHERE status = 'PUBLISHED' "
                + "AND opens_at < UTC_TIMESTAMP() AND closes_at > UTC_TIMESTAMP() ORDER BY id LIMIT 1");
             ResultSet r = q.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("no open decision: start the topology on an empty database so that "
                        + "instance 1 loads the demo data");
            }
            return r.getLong(1);
        }
    }

    private static List<Voter> seedCards(Connection db, long decision) throws SQLException {
        List<Voter> voters = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT MIN(v.voter_key), v.delegate_owner_id, MIN(o.estate_id) "
                + "FROM assembly_roster_voter v JOIN owner o ON o.id = v.delegate_owner_id "
                + "WHERE v.decision_id = ? AND v.delegate_owner_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM owner_card c WHERE c.owner_id = v.delegate_owner_id AND c.issued_by <> 'cluster-test') "
                + "GROUP BY v.delegate_owner_id HAVING COUNT(*) = 1 ORDER BY v.delegate_owner_id LIMIT ?")) {
            q.setLong(1, decision);
            q.setInt(2, VOTERS);
            String pinHash = Passwords.hash(PIN);
            try (ResultSet r = q.executeQuery();
                 PreparedStatement card = db.prepareStatement("INSERT IGNORE INTO owner_card (number, estate_id, owner_id, "
                         + "status, pin_hash, pin_change_required, failed_attempts, issued_at, issued_by) "
                         + "VALUES (?, ?, ?, 'ACTIVE', ?, FALSE, 0, UTC_TIMESTAMP(6), 'cluster-test')")) {
                while (r.next()) {
                    long owner = r.getLong(2);
                    String number = cardNumber(owner);
                    voters.add(new Voter(r.getString(1), owner, number));
                    card.setString(1, number);
                    card.setLong(2, r.getLong(3));
                    card.setLong(3, owner);
                    card.setString(4, pinHash);
                    card.addBatch();
                }
                card.executeBatch();
            }
        }
        return voters;
    }

    /** 7 + the owner id in ten digits + the check digit of the card number rule (Luhn). */
    static String cardNumber(long owner) {
        String payload = String.format("7%010d", owner);
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        String number = payload + (10 - sum % 10) % 10;
        if (!CardNumbers.wellFormed(number)) {
            throw new IllegalStateException("not a card number: " + number);
        }
        return number;
    }

    // ---- logins: the card PIN path, through every instance

    private Map<String, String> login(List<Voter> voters) throws Exception {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Voter v : voters) {
                done.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < 5 && !tokens.containsKey(v.key()); attempt++) {
                        HttpResponse<String> response = post("/api/auth/card-token", null,
                                "{\"number\":\"" + v.cardNumber() + "\",\"pin\":\"" + PIN + "\"}");
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() == 200) {
                            tokens.put(v.key(), json.readTree(response.body()).get("token").asText());
                        } else {
                            Thread.sleep(500);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[%s] card logins: %s in %d ms%n", LABEL, new TreeMap<>(statuses),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertEquals(voters.size(), tokens.size(), "every card logs in");
        return tokens;
    }

    // ---- the load

    private List<Outcome> cast(long decision, List<Voter> voters, Map<String, String> tokens) throws Exception {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        ExecutorService bursts = Executors.newFixedThreadPool(THREADS * BURST);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long started = System.nanoTime();
        // the script times its kills from here
        Files.createDirectories(RESULTS.toAbsolutePath().getParent());
        Files.writeString(RESULTS.resolveSibling("load-" + LABEL + ".started"), Instant.now() + "\n");
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(workers.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        Voter v = voters.get(random.nextInt(voters.size()));
                        String token = tokens.get(v.key());
                        if (random.nextInt(10) == 0) {
                            List<Future<Outcome>> same = new ArrayList<>();
                            for (int i = 0; i < BURST; i++) {
                                same.add(bursts.submit(() -> castOne(decision, v, token)));
                            }
                            for (Future<Outcome> f : same) {
                                outcomes.add(f.get());
                            }
                        } else {
                            outcomes.add(castOne(decision, v, token));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
            bursts.shutdownNow();
        }
        elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return new ArrayList<>(outcomes);
    }

    private long elapsedMillis;
    private final AtomicInteger readMisses = new AtomicInteger();
    private final AtomicInteger readChecks = new AtomicInteger();

    private Outcome castOne(long decision, Voter v, String token) {
        String choice = CHOICES[ThreadLocalRandom.current().nextInt(CHOICES.length)];
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = post("/api/assembly/decisions/" + decision + "/ballot", token,
                    "{\"choice\":\"" + choice + "\"}");
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0);
            String servedBy = response.headers().firstValue("X-Served-By").orElse("?");
            if (response.statusCode() == 200) {
                String receipt = json.readTree(response.body()).get("receipt").asText();
                if (ThreadLocalRandom.current().nextInt(4) == 0) {
                    readOwnWrite(receipt, token);
                }
                return new Outcome(v.key(), 200, null, micros, receipt, servedBy);
            }
            String code = "";
            try {
                JsonNode body = json.readTree(response.body());
                code = body.path("code").asText("");
            } catch (IOException notJson) {
                // the load balancer's own pages (502, 503) are HTML
            }
            return new Outcome(v.key(), response.statusCode(), code, micros, null, servedBy);
        } catch (IOException e) {
            return new Outcome(v.key(), -1, e.getClass().getSimpleName(), TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0), null, "?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(v.key(), -1, "interrupted", 0, null, "?");
        }
    }

    /**
     * The next request (most likely to another instance, so another node) asks for the receipt just given: with
     * {@code wsrep_sync_wait} it is there. A refusal of that request itself (a node going down) is not a miss.
     */
    private void readOwnWrite(String receipt, String token) throws IOException, InterruptedException {
        HttpResponse<String> lookup = http.send(HttpRequest.newBuilder(URI.create(LB + "/api/assembly/receipts/" + receipt))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        readChecks.incrementAndGet();
        if (lookup.statusCode() == 404) {
            readMisses.incrementAndGet();
            System.out.printf("[%s] receipt %s not found right after its acknowledgement%n", LABEL, receipt);
        }
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LB + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- verification and figures

    private Report verify(long decision, List<Voter> voters, List<Outcome> outcomes) throws SQLException {
        Report report = new Report();
        report.seconds = elapsedMillis / 1000.0;
        Set<String> keys = new HashSet<>();
        voters.forEach(v -> keys.add(v.key()));
        Map<String, Set<String>> acked = new HashMap<>();
        Set<String> askedWithoutAnswer = new HashSet<>();
        List<Long> latencies = new ArrayList<>();
        for (Outcome o : outcomes) {
            report.requests++;
            report.byStatus.merge(o.status() + (o.code() == null || o.code().isEmpty() ? "" : " " + o.code()), 1, Integer::sum);
            report.byInstance.merge(o.servedBy(), 1, Integer::sum);
            if (o.status() == 200) {
                report.acknowledged++;
                latencies.add(o.micros());
                acked.computeIfAbsent(o.voterKey(), k -> new HashSet<>()).add(o.receipt());
            } else {
                askedWithoutAnswer.add(o.voterKey());
                if (o.status() == 500) {
                    report.serverErrors++;
                } else if (!retryable(o)) {
                    report.notRetryable++;
                }
            }
        }
        Collections.sort(latencies);
        report.p50 = percentile(latencies, 50);
        report.p99 = percentile(latencies, 99);
        report.readMisses = readMisses.get();
        report.readChecks = readChecks.get();
        try (Connection db = connect()) {
            Set<String> history = new HashSet<>();
            try (PreparedStatement q = db.prepareStatement("SELECT receipt FROM assembly_ballot_history WHERE decision_id = ?")) {
                q.setLong(1, decision);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        history.add(r.getString(1));
                    }
                }
            }
            for (Set<String> receipts : acked.values()) {
                for (String receipt : receipts) {
                    if (history.contains(receipt)) {
                        report.found++;
                    } else {
                        report.lost++;
                    }
                }
            }
            Map<String, List<String>> current = new HashMap<>();
            try (PreparedStatement q = db.prepareStatement("SELECT voter_key, receipt FROM assembly_ballot WHERE decision_id = ?")) {
                q.setLong(1, decision);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        if (keys.contains(r.getString(1))) {
                            current.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                        }
                    }
                }
            }
            for (String key : acked.keySet()) {
                List<String> now = current.getOrDefault(key, List.of());
                if (now.size() != 1) {
                    report.notExactlyOne++;
                } else if (!acked.get(key).contains(now.get(0))) {
                    // a request that got no answer (a node or an instance died under it) may still have committed
                    if (!askedWithoutAnswer.contains(key)) {
                        report.notAcknowledgedCurrent++;
                    }
                }
            }
            report.voters = acked.size();
        }
        assertEquals(0, report.notExactlyOne, "voters without exactly one current ballot");
        return report;
    }

    /**
     * What a client may send again: a conflict or an unreachable database (the app's problem JSON), the load
     * balancer's own 502/503/504 while an instance dies, or a connection that broke under the request.
     */
    private static boolean retryable(Outcome o) {
        return switch (o.status()) {
            case 409 -> "database-conflict".equals(o.code());
            case 503 -> "database-unavailable".equals(o.code()) || o.code().isEmpty();
            case 502, 504, -1 -> true;
            default -> false;
        };
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private final class Report {
        int requests;
        int acknowledged;
        int found;
        int lost;
        int voters;
        int notExactlyOne;
        int notAcknowledgedCurrent;
        int serverErrors;
        int notRetryable;
        int readMisses;
        int readChecks;
        double seconds;
        double p50;
        double p99;
        final Map<String, Integer> byStatus = new TreeMap<>();
        final Map<String, Integer> byInstance = new TreeMap<>();

        double perSecond() {
            return seconds == 0 ? 0 : acknowledged / seconds;
        }

        void print() {
            System.out.printf("[%s] requests %d; acknowledged %d, found %d, lost %d; voters %d (exactly one current "
                            + "ballot each: %s); read-your-write checks %d, misses %d%n", LABEL, requests, acknowledged,
                    found, lost, voters, notExactlyOne == 0 ? "yes" : "NO, " + notExactlyOne, readChecks, readMisses);
            System.out.printf("[%s] by status %s; by instance %s%n", LABEL, byStatus, byInstance);
            System.out.printf("[%s] %.1f ballots/s over %.1f s, p50 %.1f ms, p99 %.1f ms%n", LABEL, perSecond(), seconds, p50, p99);
        }

        void append() throws IOException {
            Files.createDirectories(RESULTS.toAbsolutePath().getParent());
            String line = String.join("\t", LABEL, Instant.now().toString(), String.valueOf(requests),
                    String.valueOf(acknowledged), String.valueOf(found), String.valueOf(lost),
                    String.format("%.1f", perSecond()), String.format("%.1f", p50), String.format("%.1f", p99),
                    byStatus.toString(), byInstance.toString()) + "\n";
            Files.writeString(RESULTS, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
