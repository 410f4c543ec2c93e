package cn.shangliang.common.db;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One row that lets exactly one instance at a time start against a shared database: migrate the schema (and load
 * demo data into an empty one) while the others wait. Flyway's own lock is not enough on Galera: it sees
 * {@code wsrep_on} and falls back from {@code GET_LOCK} (node-local there) to {@code SELECT ... FOR UPDATE} on its
 * history table, which locks one node only; three instances starting together through three nodes then ran the
 * same migration three times (a failed migration row, the app refusing to start). Taking this row is an
 * {@code UPDATE} of one primary key, which Galera certifies cluster-wide: of two nodes, one commits and the
 * other's update fails or finds the row taken. The row expires, so a holder that died blocks nobody for long.
 * The table lives outside the migrations because it has to exist before them.
 */
public final class StartupLock {

    public interface Connections {
        Connection open() throws SQLException;
    }

    static final String TABLE = "app_startup_lock";

    private final Connections connections;
    private final String holder;
    private final Duration expiry;

    public StartupLock(Connections connections, Duration expiry) {
        this(connections, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID(), expiry);
    }

    StartupLock(Connections connections, String holder, Duration expiry) {
        this.connections = connections;
        this.holder = holder;
        this.expiry = expiry;
    }

    /** Waits until this instance holds the lock, at most {@code patience}; says what it waits for. */
    public void acquire(Duration patience, Consumer<String> log) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (!tryAcquire()) {
            if (System.nanoTime() > deadline) {
                throw new SQLException("another instance has held the startup lock (" + TABLE + ") for longer than "
                        + patience + "; if none is starting, delete its row");
            }
            if (!told) {
                log.accept("another instance is starting against the same database (migrating); waiting for it");
                told = true;
            }
            Thread.sleep(500);
        }
    }

    /** One attempt: true when this instance now holds the lock (a conflict with another node's attempt is a no). */
    public boolean tryAcquire() throws SQLException {
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id TINYINT NOT NULL PRIMARY KEY, "
                        + "holder VARCHAR(200) NULL, expires_at DATETIME(3) NULL) "
                        + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
                s.execute("INSERT IGNORE INTO " + TABLE + " (id, holder, expires_at) VALUES (1, NULL, NULL)");
            }
            try (PreparedStatement take = c.prepareStatement("UPDATE " + TABLE
                    + " SET holder = ?, expires_at = NOW(3) + INTERVAL ? SECOND"
                    + " WHERE id = 1 AND (holder IS NULL OR holder = ? OR expires_at < NOW(3))")) {
                take.setString(1, holder);
                take.setLong(2, expiry.toSeconds());
                take.setString(3, holder);
                return take.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            if (DatabaseFailure.of(e).orElse(null) == DatabaseFailure.CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    /**
     * True when the lock's table is the only one in the database: a first start, which Flyway would otherwise
     * refuse (a non-empty schema without its history table). The holder then lets Flyway record a baseline below
     * every migration (version 0) and apply them all.
     */
    public boolean onlyTableInDatabase() throws SQLException {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_name <> ?")) {
            q.setString(1, TABLE);
            try (var r = q.executeQuery()) {
                return r.next() && r.getLong(1) == 0;
            }
        }
    }

    /** Lets the next instance start; only the holder's own row is cleared. */
    public void release() throws SQLException {
        try (Connection c = connections.open();
             PreparedStatement free = c.prepareStatement(
                     "UPDATE " + TABLE + " SET holder = NULL, expires_at = NULL WHERE id = 1 AND holder = ?")) {
            c.setAutoCommit(true);
            free.setString(1, holder);
            free.executeUpdate();
        }
    }

    public String holder() {
        return holder;
    }
}
