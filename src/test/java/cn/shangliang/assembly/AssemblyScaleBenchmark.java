package cn.shangliang.assembly;

import cn.shangliang.notification.DeliveryFanOut;
import cn.shangliang.notification.DeliveryWorker;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import io.agroal.api.AgroalDataSource;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Publication (the roster snapshot) and the count at scale, each beside a baseline measured in the same run: the
 * roster seeded with set-based SQL, one ballot per voter seeded with SQL (sealed choices), then the app's count
 * against plain SQL {@code SUM … GROUP BY} over the same rows. Run on request, one size per run:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=AssemblyScaleBenchmark -Dassembly.scale.units=1000000}
 * (default 100,000; see docs/benchmarks.md).
 */
@QuarkusTest
@Tag("benchmark")
class AssemblyScaleBenchmark {

    private static final int UNITS = Integer.getInteger("assembly.scale.units", 100_000);
    private static final int PER_BUILDING = 500;

    @Inject
    AgroalDataSource ds;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    Counting counting;

    @Inject
    ChoiceSeal seal;

    @Inject
    VoterRollSnapshot snapshot;

    @Inject
    Notifications notifications;

    @Inject
    DeliveryWorker worker;

    @Inject
    DeliveryFanOut fanOut;

    /** Publishing a million units takes longer than RestAssured's default 30 s read timeout. */
    private static final RestAssuredConfig LONG = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 3_600_000));

    @Test
    void publicationAndCount() throws Exception {
        AssemblyFixtures.TestEstate e = assembly.estate(1);
        long seedStart = System.nanoTime();
        assembly.seedUnits(e.estateId(), UNITS, PER_BUILDING);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf("seeded %d units, owners and ownerships with INSERT … SELECT: %.1f s (the set-based baseline)%n",
                UNITS, seedSeconds);

        String staff = assembly.staff(e);
        long id = ((Number) given().auth().oauth2(staff).contentType("application/json")
                .body(AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();
        resetPeaks();
        long t0 = System.nanoTime();
        given().config(LONG).auth().oauth2(staff).contentType("application/json")
                .post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200);
        double publishSeconds = (System.nanoTime() - t0) / 1e9;
        long publishHeap = peakHeap();
        long copyStart = System.nanoTime();
        copyRoster(id);
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        System.out.printf("publish with the roster snapshot of %d units: %.2f s (peak heap %d MB); plain SQL copy of the same"
                + " unit rows (INSERT … SELECT into a scratch table): %.2f s; ratio %.1f%n", UNITS, publishSeconds,
                publishHeap >> 20, copySeconds, publishSeconds / copySeconds);

        // after the commit: the delivery worker writes the notice's deliveries (four per owner) in batches
        long f0 = System.nanoTime();
        while (!fanOut.openIds().isEmpty()) {
            worker.fanOut();
        }
        double fanOutSeconds = (System.nanoTime() - f0) / 1e9;
        long deliveries = deliveries(id);
        System.out.printf("after publishing, the worker wrote %d deliveries of the notice in %.2f s (%.0f/s)%n", deliveries,
                fanOutSeconds, deliveries / fanOutSeconds);

        // what publishing is made of, each alone in a transaction of its own, on drafts of the same estate
        long draft = ((Number) given().auth().oauth2(staff).contentType("application/json")
                .body(AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();
        long s1 = System.nanoTime();
        int voters = QuarkusTransaction.requiringNew().call(() -> snapshot.take(Decision.findById(draft)).headcount());
        double snapshotSeconds = (System.nanoTime() - s1) / 1e9;
        long q1 = System.nanoTime();
        // -Dassembly.scale.queue=false leaves the notice queue's second run out (at a million it takes the longest)
        int queued = !Boolean.parseBoolean(System.getProperty("assembly.scale.queue", "true")) ? 0
                : QuarkusTransaction.requiringNew().call(() -> notifications.notifyOwnersOfEstate(new Notifications.Draft(
                NotificationKind.ASSEMBLY_NOTICE, RecipientType.OWNER, 0, "benchmark", draft, e.communityId(),
                "/assembly/" + draft, List.of("t", "e", "o", "c")), e.estateId()));
        double queueSeconds = (System.nanoTime() - q1) / 1e9;
        System.out.printf("of which, each alone: roster snapshot (%d voters, %d units) %.2f s = %.1f× the plain SQL copy;"
                + " notice queued to %d owners (notifications and the fan-out row) %.2f s%n", voters, UNITS, snapshotSeconds,
                snapshotSeconds / copySeconds, queued, queueSeconds);

        long ballots = seedBallots(id);
        System.out.printf("seeded %d ballots (sealed choices) with INSERT … SELECT%n", ballots);
        Decision d = QuarkusTransaction.requiringNew().call(() -> Decision.findById(id));
        double bestSql = Double.MAX_VALUE, bestCount = Double.MAX_VALUE;
        long countHeap = 0;
        for (int round = 0; round < 3; round++) {
            long s0 = System.nanoTime();
            long rows = sqlSum(id);
            double sql = (System.nanoTime() - s0) / 1e9;
            assertEquals(ballots, rows);
            System.gc();
            resetPeaks();
            long c0 = System.nanoTime();
            Counting.Counted counted = QuarkusTransaction.requiringNew().call(() -> counting.count(d));
            double count = (System.nanoTime() - c0) / 1e9;
            countHeap = Math.max(countHeap, peakHeap());
            assertEquals(ballots, counted.result().participating().heads());
            System.out.printf("round %d: plain SQL SUM … GROUP BY building, choice %.2f s; app count (load roster, open every"
                    + " ballot, pure Tally) %.2f s; ratio %.2f%n", round + 1, sql, count, count / sql);
            bestSql = Math.min(bestSql, sql);
            bestCount = Math.min(bestCount, count);
        }
        System.out.printf("count of %d ballots: best app %.2f s, best SQL %.2f s, ratio %.2f, peak heap %d MB (max %d MB)%n",
                ballots, bestCount, bestSql, bestCount / bestSql, countHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("scale %d: publish %.2f s = %.2f× the SQL copy %.2f s (snapshot alone %.2f s, notice queue alone %.2f s;"
                + " deliveries after the commit %.2f s), count %.2f s vs SQL %.2f s ratio %.2f%n", UNITS, publishSeconds,
                publishSeconds / copySeconds, copySeconds, snapshotSeconds, queueSeconds, fanOutSeconds, bestCount, bestSql,
                bestCount / bestSql);
    }

    private long deliveries(long decisionId) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM delivery d"
                + " JOIN notification n ON n.id = d.notification_id WHERE n.subject_type = 'assembly-decision' AND n.subject_id = ?")) {
            st.setString(1, String.valueOf(decisionId));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The baseline for the snapshot: copying the same number of unit rows inside the database. */
    private void copyRoster(long decisionId) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS bench_roster_unit LIKE assembly_roster_unit");
            s.executeUpdate("INSERT INTO bench_roster_unit (decision_id, voter_key, unit_id, building, area_centi, area_source,"
                    + " area_counts) SELECT decision_id, voter_key, unit_id, building, area_centi, area_source, area_counts"
                    + " FROM assembly_roster_unit WHERE decision_id = " + decisionId);
        }
    }

    /** One current ballot per voter, the three choices in turn, sealed as a cast seals them. */
    private long seedBallots(long decisionId) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO assembly_ballot (decision_id, voter_key, choice, receipt, sequence, first_cast_at, cast_at,"
                        + " owner_id, card_id) SELECT decision_id, voter_key, ELT(id % 3 + 1, ?, ?, ?),"
                        + " CONCAT('B', LPAD(id, 18, '0')), id, NOW(6), NOW(6), COALESCE(delegate_owner_id, 0), 0"
                        + " FROM assembly_roster_voter WHERE decision_id = ?")) {
            st.setString(1, seal.seal("AGREE"));
            st.setString(2, seal.seal("OPPOSE"));
            st.setString(3, seal.seal("ABSTAIN"));
            st.setLong(4, decisionId);
            return st.executeUpdate();
        }
    }

    /** What the database alone needs to add the same ballots up by building and (sealed) choice. */
    private long sqlSum(long decisionId) throws Exception {
        long rows = 0;
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT r.building, b.choice, SUM(r.area_centi), COUNT(DISTINCT b.voter_key) FROM assembly_ballot b"
                        + " JOIN assembly_roster_unit r ON r.decision_id = b.decision_id AND r.voter_key = b.voter_key"
                        + " WHERE b.decision_id = ? GROUP BY r.building, b.choice")) {
            st.setLong(1, decisionId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows += rs.getLong(4);
                }
            }
        }
        return rows;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
