package cn.shangliang;

import cn.shangliang.common.db.DataFolder;
import cn.shangliang.common.db.EmbeddedMariaDb;
import io.quarkus.runtime.LaunchMode;
import cn.shangliang.common.security.SigningKeys;
import cn.shangliang.common.db.StartupLock;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Starts what the app needs before Quarkus reads its runtime configuration: the embedded MariaDB (unless an
 * external datasource is configured) and the JWT signing keys (unless configured). Both live in the data
 * folder so nothing is lost across restarts.
 */
@QuarkusMain
public class Main {

    /** The development default of the identity salt (application.properties); production refuses it. */
    public static final String DEV_SALT = "dev-only-identity-salt-change-me";

    public static void main(String... args) {
        if (ApplicationLifecycleManager.isAppCDSGeneration()) {
            // Packaging with AppCDS runs the app only to record the classes it loads (static init, then exit):
            // no data folder, no database, no keys for that (issue 17).
            Quarkus.run(args);
            return;
        }
        Path dataDir;
        try {
            dataDir = DataFolder.prepare(Path.of(setting("SHANGLIANG_DATA_DIR", "shangliang.data-dir", "data")));
        } catch (IllegalStateException e) {
            refuse(e.getMessage());
            return;
        }
        if (production()) {
            String salt = setting("SHANGLIANG_COMMUNITY_IDENTITY_SALT", "shangliang.community.identity-salt", null);
            if (DEV_SALT.equals(salt)) {
                refuse("SHANGLIANG_COMMUNITY_IDENTITY_SALT is the development salt; set a long random secret of your "
                        + "own (or unset it to have one generated into " + dataDir.resolve(DataFolder.SALT_FILE) + ")");
                return;
            }
            if (salt == null) {
                System.setProperty("shangliang.community.identity-salt", DataFolder.identitySalt(dataDir));
            }
        }
        // Only instances sharing an external database (or a Galera cluster) need the startup lock; the embedded
        // server belongs to this one instance, and its admin account is reachable through its socket only.
        String external = setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url", null);
        if (external == null) {
            int port = Integer.parseInt(setting("SHANGLIANG_DB_PORT", "shangliang.db-port", "3307"));
            EmbeddedMariaDb.Access db;
            try {
                db = EmbeddedMariaDb.startPersistent(dataDir.resolve("mariadb"), port, production());
            } catch (IllegalStateException e) {
                refuse(e.getMessage());
                return;
            }
            System.setProperty("quarkus.datasource.jdbc.url", db.url());
            System.setProperty("quarkus.datasource.username", db.username());
            System.setProperty("quarkus.datasource.password", db.password());
        }
        StartupLock startup = null;
        if (external != null) {
            startup = lockStartup(external);
            if (startup == null) {
                return;
            }
        }
        if (setting("SMALLRYE_JWT_SIGN_KEY_LOCATION", "smallrye.jwt.sign.key.location", null) == null) {
            SigningKeys keys = SigningKeys.ensure(dataDir.resolve("keys"));
            System.setProperty("smallrye.jwt.sign.key.location", keys.privateKey().toString());
            System.setProperty("mp.jwt.verify.publickey.location", keys.publicKey().toString());
        }
        if (startup == null) {
            Quarkus.run(args);
        } else {
            StartedUnderLock.lock = startup;
            Quarkus.run(StartedUnderLock.class, args);
        }
    }

    /**
     * Instances sharing a database (several against one MariaDB, or a Galera cluster) start one at a time: the
     * first migrates, the others find nothing to do (docs/operations.md). Released once started, or at exit.
     */
    private static StartupLock lockStartup(String url) {
        String user = setting("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username", null);
        String password = setting("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password", null);
        StartupLock lock = new StartupLock(() -> DriverManager.getConnection(url, user, password), Duration.ofMinutes(10));
        try {
            lock.acquire(Duration.ofMinutes(15), message -> System.out.println("Shangliang: " + message));
            if (lock.onlyTableInDatabase()) {
                // the lock's own table made the empty database look non-empty to Flyway
                System.setProperty("quarkus.flyway.baseline-on-migrate", "true");
                System.setProperty("quarkus.flyway.baseline-version", "0");
            }
        } catch (SQLException e) {
            refuse("the database at " + url + " refused the startup lock: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> StartedUnderLock.release(lock), "startup-lock-release"));
        return lock;
    }

    /** The app once Quarkus has started (migrated, demo data loaded): lets the next instance start. */
    public static class StartedUnderLock implements QuarkusApplication {
        static volatile StartupLock lock;

        @Override
        public int run(String... args) {
            release(lock);
            Quarkus.waitForExit();
            return 0;
        }

        static void release(StartupLock lock) {
            try {
                lock.release();
            } catch (SQLException e) {
                System.err.println("Shangliang: could not release the startup lock (it expires by itself): " + e.getMessage());
            }
        }
    }

    /** The packaged app without another profile chosen: what an operator runs. */
    private static boolean production() {
        String profile = setting("QUARKUS_PROFILE", "quarkus.profile", "prod");
        return LaunchMode.current() == LaunchMode.NORMAL && profile.equals("prod");
    }

    private static void refuse(String reason) {
        System.err.println("Shangliang cannot start: " + reason);
        System.exit(2);
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? fallback : value;
    }
}
