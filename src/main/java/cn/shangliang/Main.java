package cn.shangliang;

import cn.shangliang.common.db.DataFolder;
import cn.shangliang.common.db.EmbeddedMariaDb;
import io.quarkus.runtime.LaunchMode;
import cn.shangliang.common.security.SigningKeys;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;

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
        if (setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url", null) == null) {
            int port = Integer.parseInt(setting("SHANGLIANG_DB_PORT", "shangliang.db-port", "3307"));
            String url = EmbeddedMariaDb.startPersistent(dataDir.resolve("mariadb"), port);
            System.setProperty("quarkus.datasource.jdbc.url", url);
        }
        if (setting("SMALLRYE_JWT_SIGN_KEY_LOCATION", "smallrye.jwt.sign.key.location", null) == null) {
            SigningKeys keys = SigningKeys.ensure(dataDir.resolve("keys"));
            System.setProperty("smallrye.jwt.sign.key.location", keys.privateKey().toString());
            System.setProperty("mp.jwt.verify.publickey.location", keys.publicKey().toString());
        }
        Quarkus.run(args);
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
