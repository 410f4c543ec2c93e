package cn.shangliang.common.export;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Streaming exports on a 2,000- and a 20,000-unit estate: the roster over HTTP as CSV and XLSX, beside the
 * baseline of reading the same rows with plain JDBC; and a 20,000-leaf verification list through the same writers,
 * beside writing the bare strings. Prints time, the heap's peak growth (sampled every 5 ms, garbage included) and the
 * live heap's growth while streaming (GC forced every 256 KiB of output), so that "constant memory" shows as the same
 * live growth at 2,000 and 20,000. Run with {@code -Dgroups=benchmark -DexcludedGroups= -Dtest=ExportBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class ExportBenchmark {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CardFixtures cards;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource db;

    record Measure(long millis, long bytes, long peakHeapGrowth, long liveGrowth) {
    }

    /** When set, the readers call {@link #probe()} every 256 KiB: the live heap (after GC) while the file streams. */
    private static volatile boolean probing;
    private static final AtomicLong LIVE_PEAK = new AtomicLong();
    private static final long PROBE_EVERY = 256 * 1024;

    private static void probe() {
        if (probing) {
            System.gc();
            LIVE_PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
    }

    @Test
    void streamingExportsStayFlat() throws Exception {
        for (int units : new int[]{2_000, 20_000}) {
            TestWorld.Place place = cards.estate();
            seed(place.estateId(), units);
            String staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, place.communityId()).token();
            download(place.estateId(), "csv", staff);
            Measure jdbc = measure(() -> readRows(place.estateId()));
            Measure csv = measure(() -> download(place.estateId(), "csv", staff));
            Measure xlsx = measure(() -> download(place.estateId(), "xlsx", staff));
            print("roster " + units + " units, JDBC read only (baseline)", jdbc);
            print("roster " + units + " units, CSV over HTTP", csv);
            print("roster " + units + " units, XLSX over HTTP", xlsx);
            assertTrue(csv.millis() < 10_000 && xlsx.millis() < 10_000, "well under 10 s");
        }
        for (int leaves : new int[]{2_000, 20_000}) {
            List<List<?>> rows = new ArrayList<>();
            for (int i = 0; i < leaves; i++) {
                rows.add(List.of(i + 1, String.format("%064x", (long) i * 2654435761L), i == 0 ? "root" : ""));
            }
            Export export = new Export("verification", "verification",
                    List.of(Column.number("n"), Column.id("leaf"), Column.id("root")), Export.of(rows));
            Measure bare = measure(() -> {
                long n = 0;
                for (List<?> r : rows) {
                    n += r.get(1).toString().length();
                }
                return n;
            });
            Measure csv = measure(() -> written(ExportFormat.CSV, export));
            Measure xlsx = measure(() -> written(ExportFormat.XLSX, export));
            print("verification " + leaves + " leaves, strings only (baseline)", bare);
            print("verification " + leaves + " leaves, CSV writer", csv);
            print("verification " + leaves + " leaves, XLSX writer", xlsx);
        }
    }

    private void seed(long estateId, int units) throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            List<Long> buildings = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO building (estate_id, name) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int b = 1; b <= units / 200; b++) {
                    ps.setLong(1, estateId);
                    ps.setString(2, b + "栋");
                    ps.executeUpdate();
                    try (ResultSet k = ps.getGeneratedKeys()) {
                        k.next();
                        buildings.add(k.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit (estate_id, building_id, number, area_m2, area_source) VALUES (?, ?, ?, ?, 'REGISTERED')");
                 PreparedStatement po = c.prepareStatement("INSERT INTO owner (estate_id, kind, name, id_hash, id_masked, phone) VALUES (?, 'PERSON', ?, ?, ?, ?)")) {
                for (int i = 0; i < units; i++) {
                    ps.setLong(1, estateId);
                    ps.setLong(2, buildings.get(i / 200));
                    ps.setString(3, String.format("%02d%02d", i % 200 / 4 + 1, i % 4 + 1));
                    ps.setBigDecimal(4, new BigDecimal("88.50"));
                    ps.addBatch();
                    po.setLong(1, estateId);
                    po.setString(2, "业主" + i);
                    po.setString(3, String.format("%064d", i) + "");
                    po.setString(4, "4403**********" + String.format("%04d", i % 10_000));
                    po.setString(5, "138" + String.format("%08d", i));
                    po.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        po.executeBatch();
                    }
                }
                ps.executeBatch();
                po.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO ownership (unit_id, owner_id, designated_voter)
                    SELECT u.id, o.id, TRUE FROM
                      (SELECT id, ROW_NUMBER() OVER (ORDER BY id) r FROM unit WHERE estate_id = ?) u JOIN
                      (SELECT id, ROW_NUMBER() OVER (ORDER BY id) r FROM owner WHERE estate_id = ?) o ON o.r = u.r""")) {
                ps.setLong(1, estateId);
                ps.setLong(2, estateId);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    private long readRows(long estateId) throws Exception {
        long n = 0;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT b.name, u.number, u.area_m2, o.name, o.id_masked, o.phone FROM unit u JOIN building b ON b.id = u.building_id
                LEFT JOIN ownership os ON os.unit_id = u.id LEFT JOIN owner o ON o.id = os.owner_id
                WHERE u.estate_id = ? ORDER BY natural_sort_key(b.name), natural_sort_key(u.number), u.id, o.id""",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(500);
            ps.setLong(1, estateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n += rs.getString(1).length() + rs.getString(2).length();
                }
            }
        }
        return n;
    }

    /** Streams the download and counts its bytes, holding none of them. */
    private long download(long estateId, String format, String token) throws Exception {
        HttpURLConnection http = (HttpURLConnection) new URL(base, "community/estates/" + estateId + "/roster/export?format=" + format)
                .openConnection();
        http.setRequestProperty("Authorization", "Bearer " + token);
        long bytes = 0;
        try (InputStream in = http.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            for (int r; (r = in.read(buffer)) > 0; ) {
                if (bytes / PROBE_EVERY != (bytes + r) / PROBE_EVERY) {
                    probe();
                }
                bytes += r;
            }
        }
        assertTrue(http.getResponseCode() == 200);
        return bytes;
    }

    private static long written(ExportFormat format, Export export) throws Exception {
        AtomicLong bytes = new AtomicLong();
        Downloads.write(format, export, new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                long before = bytes.getAndAdd(len);
                if (before / PROBE_EVERY != (before + len) / PROBE_EVERY) {
                    probe();
                }
            }
        });
        return bytes.get();
    }

    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    /**
     * Time and the heap's peak growth (garbage included) in one pass; then a second pass that forces a GC every
     * 256 KiB of output and keeps the largest live heap: what the export really holds while it streams.
     */
    private static Measure measure(Work work) throws Exception {
        Measure timed = timed(work);
        System.gc();
        long base = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        LIVE_PEAK.set(base);
        probing = true;
        try {
            work.run();
        } finally {
            probing = false;
        }
        return new Measure(timed.millis(), timed.bytes(), timed.peakHeapGrowth(), Math.max(0, LIVE_PEAK.get() - base));
    }

    private static Measure timed(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long bytes = work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        return new Measure(millis, bytes, Math.max(0, peak.get() - before), 0);
    }

    private static void print(String what, Measure m) {
        System.out.printf("BENCHMARK %-55s %6d ms %10d bytes  heap peak +%6.1f MB (with garbage)  live while streaming +%6.1f MB%n",
                what, m.millis(), m.bytes(), m.peakHeapGrowth() / 1048576.0, m.liveGrowth() / 1048576.0);
    }
}
