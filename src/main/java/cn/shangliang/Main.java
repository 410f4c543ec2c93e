package cn.shangliang;

import cn.shangliang.common.db.EmbeddedMariaDb;
import cn.shangliang.common.security.SigningKeys;
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

    public static void main(String... args) {
        Path dataDir = Path.of(setting("SHANGLIANG_DATA_DIR", "shangliang.data-dir", "data")).toAbsolutePath();
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

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? fallback : value;
    }
}
