package cn.shangliang.common.db;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The one retry mechanism for transactions the database rolled back for a conflict (a deadlock here; on Galera
 * also a lost certification, answered with the same error): a real InnoDB deadlock is run again and both sides
 * succeed; a conflict that persists ends in a 409, a lost server in a 503, both problem JSON with Retry-After, and
 * nothing of a failed attempt is left written.
 */
@QuarkusTest
class RetryOnConflictTest {

    @Inject
    ConflictProbe probe;

    @Inject
    ConflictRetryConfig config;

    @BeforeEach
    void reset() {
        probe.reset();
    }

    @Test
    void aRealDeadlockIsRunAgainAndBothSidesSucceed() throws Exception {
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> {
                probe.bumpBoth(1, 2, bothHoldOne);
                return null;
            });
            Future<?> b = pool.submit(() -> {
                probe.bumpBoth(2, 1, bothHoldOne);
                return null;
            });
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, probe.n(1), "each side added one to row 1, once");
        assertEquals(2, probe.n(2), "each side added one to row 2, once");
        assertEquals(3, ConflictProbe.attempts.get(), "the deadlock victim ran a second time");
    }

    @Test
    void aConflictThatPersistsEndsAfterTheBoundAndLeavesNothingWritten() {
        assertThrows(ConflictRetriesExhausted.class, () -> probe.alwaysConflicting());
        assertEquals(config.attempts(), ConflictProbe.attempts.get());
        assertEquals(0, probe.n(3), "every attempt was rolled back");
    }

    @Test
    void aVersionFoundChangedIsRunAgainOnce() {
        probe.staleOnce();
        assertEquals(2, ConflictProbe.attempts.get());
        assertEquals(1, probe.n(3), "the first attempt was rolled back, the second wrote");
    }

    @Test
    void aUniqueKeyTakenMeanwhileIsRunAgainAndTakesThePathForAnExistingRow() {
        probe.insertOrBump(11, () -> probe.insertNow(11));
        assertEquals(2, ConflictProbe.attempts.get());
        assertEquals(2, probe.n(11), "inserted by the other transaction, then bumped by this one, once");
    }

    @Test
    void aLostServerAndARefusalAreNotRunAgain() {
        assertThrows(RuntimeException.class, () -> probe.losingTheServer());
        assertEquals(1, ConflictProbe.attempts.get());
        assertThrows(IllegalArgumentException.class, () -> probe.refusing());
        assertEquals(2, ConflictProbe.attempts.get());
        assertEquals(0, probe.n(3));
    }

    @Test
    void insideACallersTransactionTheCallerDecides() {
        assertThrows(RuntimeException.class, () -> probe.outerCallingConflicting(probe));
        assertEquals(1, ConflictProbe.attempts.get());
        assertEquals(0, probe.n(3));
    }

    @Test
    void clientsGetA409OrA503ProblemThatSaysTryAgainNeverA500() {
        given().header("Accept-Language", "en").contentType("application/json").body("{}").post("/api/test-only/conflict-probe/conflict")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("code", equalTo("database-conflict"))
                .body("detail", containsString("nothing was saved"));
        given().contentType("application/json").body("{}").post("/api/test-only/conflict-probe/unavailable")
                .then().statusCode(503)
                .header("Retry-After", "1")
                .body("code", equalTo("database-unavailable"))
                .body("detail", containsString("数据库暂时无法访问"));
        given().get("/test-only/conflict-probe")
                .then().statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("本次操作未生效"));
        assertEquals(0, probe.n(3));
    }
}
