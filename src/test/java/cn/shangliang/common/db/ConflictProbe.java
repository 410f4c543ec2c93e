package cn.shangliang.common.db;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.sql.SQLException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only use cases that conflict on purpose, in a scratch table of their own. */
@ApplicationScoped
public class ConflictProbe {

    static final String TABLE = "retry_probe";

    @Inject
    EntityManager em;

    static final AtomicInteger attempts = new AtomicInteger();

    @Transactional
    public void reset() {
        em.createNativeQuery("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT NOT NULL PRIMARY KEY, n INT NOT NULL) "
                + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci").executeUpdate();
        em.createNativeQuery("DELETE FROM " + TABLE).executeUpdate();
        em.createNativeQuery("INSERT INTO " + TABLE + " (id, n) VALUES (1, 0), (2, 0), (3, 0)").executeUpdate();
        attempts.set(0);
    }

    @Transactional
    public int n(int id) {
        return ((Number) em.createNativeQuery("SELECT n FROM " + TABLE + " WHERE id = ?1").setParameter(1, id)
                .getSingleResult()).intValue();
    }

    /**
     * Adds one to {@code first}, then to {@code second}. Run by two threads in opposite orders, both wait at the
     * barrier holding their first row on their first attempt: InnoDB then rolls one of them back (1213).
     */
    @RetryOnConflict
    @Transactional
    public void bumpBoth(int first, int second, CyclicBarrier bothHoldOne) throws Exception {
        int attempt = attempts.incrementAndGet();
        bump(first);
        if (attempt <= 2) {
            bothHoldOne.await(20, TimeUnit.SECONDS);
        }
        bump(second);
    }

    /** Writes, then fails as a lost certification does at commit: always, so the retries run out. */
    @RetryOnConflict
    @Transactional
    public void alwaysConflicting() {
        attempts.incrementAndGet();
        bump(3);
        em.flush();
        throw new PersistenceException("commit refused", new SQLException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    /** Writes, then loses its connection: not run again (a commit might have happened). */
    @RetryOnConflict
    @Transactional
    public void losingTheServer() {
        attempts.incrementAndGet();
        bump(3);
        em.flush();
        throw new PersistenceException("connection lost", new SQLException("Connection reset", "08S01", 0));
    }

    /** Finds its row's version changed on the first attempt (what a Galera node shows for a lock it did not see). */
    @RetryOnConflict
    @Transactional
    public void staleOnce() {
        int attempt = attempts.incrementAndGet();
        bump(3);
        em.flush();
        if (attempt == 1) {
            throw new jakarta.persistence.OptimisticLockException("Unexpected row count (expected row count 1 but was 0)");
        }
    }

    /**
     * Reads whether row {@code id} exists, then inserts or bumps it; on the first attempt another transaction
     * commits the same row in between (on Galera: a node applying another node's insert after this one's read,
     * which the lock this use case took did not stop). The insert then finds the key taken (1062); run again, the
     * use case sees the row and bumps it.
     */
    @RetryOnConflict
    @Transactional
    public void insertOrBump(int id, Runnable meanwhile) {
        int attempt = attempts.incrementAndGet();
        boolean exists = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).intValue() > 0;
        if (attempt == 1) {
            meanwhile.run();
        }
        if (exists) {
            bump(id);
        } else {
            em.createNativeQuery("INSERT INTO " + TABLE + " (id, n) VALUES (?1, 1)").setParameter(1, id).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertNow(int id) {
        em.createNativeQuery("INSERT INTO " + TABLE + " (id, n) VALUES (?1, 1)").setParameter(1, id).executeUpdate();
    }

    /** A refusal of the use case itself: never run again. */
    @RetryOnConflict
    @Transactional
    public void refusing() {
        attempts.incrementAndGet();
        throw new IllegalArgumentException("no");
    }

    /** Called inside a caller's transaction: the caller's transaction is what failed, so no retry here. */
    @Transactional
    public void outerCallingConflicting(ConflictProbe self) {
        self.alwaysConflicting();
    }

    private void bump(int id) {
        em.createNativeQuery("UPDATE " + TABLE + " SET n = n + 1 WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** The same failures through HTTP: what a client sees. */
    @Path("/api/test-only/conflict-probe")
    @PermitAll
    public static class Endpoint {

        @Inject
        ConflictProbe probe;

        @POST
        @Path("conflict")
        @Produces(MediaType.APPLICATION_JSON)
        @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
        public String conflict() {
            probe.alwaysConflicting();
            return "{}";
        }

        @POST
        @Path("unavailable")
        @Produces(MediaType.APPLICATION_JSON)
        @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
        public String unavailable() {
            probe.losingTheServer();
            return "{}";
        }
    }

    /** A page (GET, so no form token is needed) that runs into the same conflict: the error page, 409. */
    @Path("/test-only/conflict-probe")
    @PermitAll
    public static class Page {

        @Inject
        ConflictProbe probe;

        @jakarta.ws.rs.GET
        @Produces(MediaType.TEXT_HTML)
        @io.smallrye.common.annotation.Blocking
        public String page() {
            probe.alwaysConflicting();
            return "";
        }
    }
}
