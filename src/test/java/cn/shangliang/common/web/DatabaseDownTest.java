package cn.shangliang.common.web;

import cn.shangliang.common.db.Outage;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While MariaDB is down: what the driver throws is recognised (requests get 503 with a message, not 404 or 500),
 * and a scheduled job backs off instead of logging a stack trace every second.
 */
class DatabaseDownTest {

    private static SQLException refusedConnection() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try {
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/x?connectTimeout=500", "u", "p");
            throw new AssertionError("nothing listens there");
        } catch (SQLException e) {
            return e;
        }
    }

    @Test
    void aRefusedConnectionReadsAsDatabaseDownHoweverWrapped() throws Exception {
        SQLException refused = refusedConnection();
        assertTrue(Failures.databaseDown(refused));
        assertTrue(Failures.databaseDown(new IllegalStateException("could not read the session",
                new RuntimeException(refused))));
        assertTrue(Failures.databaseDown(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(Failures.databaseDown(new IllegalStateException("a bug")));
        DomainException answer = DomainException.unavailable("database-unavailable", java.time.Duration.ofSeconds(30));
        assertEquals(503, answer.status());
        assertTrue(answer.detail("en").contains("database"));
        assertTrue(answer.retryAfter().isPresent());
    }

    @Test
    void aJobBacksOffWhileTheDatabaseIsDown() throws Exception {
        SQLException refused = refusedConnection();
        Outage outage = new Outage("test job", DatabaseDownTest.class);
        AtomicInteger tries = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            outage.run(() -> {
                tries.incrementAndGet();
                throw new IllegalStateException(refused);
            });
        }
        assertEquals(1, tries.get(), "one try, then a wait before the next");
        assertThrows(IllegalStateException.class, () -> new Outage("other", DatabaseDownTest.class).run(() -> {
            throw new IllegalStateException("a bug is not an outage");
        }));
    }
}
