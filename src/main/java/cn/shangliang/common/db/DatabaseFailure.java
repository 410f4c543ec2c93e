package cn.shangliang.common.db;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a database failure means for the caller, read from the SQL state and MariaDB error code anywhere in an
 * exception's causes (Hibernate, the transaction manager and the pool each wrap it differently).
 */
public enum DatabaseFailure {
    /**
     * The transaction was rolled back for a concurrent one: an InnoDB deadlock or lock wait timeout, on Galera a
     * write set that lost certification (error 1213, SQL state 40001), or a row whose {@code @Version} another
     * transaction changed meanwhile. On Galera the last one happens where one server would have made the second
     * transaction wait: row locks ({@code SELECT ... FOR UPDATE}) hold on one node only, so two instances may read
     * the same row through two nodes, and the second update finds the first one's version already applied, or
     * the second insert finds the unique key (one current ballot per voter) taken by the first one's row (1062).
     * Nothing of it was written; running the use case again (it reads afresh, and then takes the path for a row
     * that exists) is safe.
     */
    CONFLICT,
    /**
     * No usable connection: the server went away, or a Galera node is not part of the primary component or still
     * joining (1047 "WSREP has not yet prepared node"). Whether a commit in flight took effect is unknown, so it
     * is not run again here; the client may retry.
     */
    UNAVAILABLE;

    static final int ER_LOCK_DEADLOCK = 1213;
    static final int ER_DUP_ENTRY = 1062;
    static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    static final int ER_UNKNOWN_COM_ERROR = 1047;
    static final int ER_QUERY_INTERRUPTED = 1317;

    public static Optional<DatabaseFailure> of(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        DatabaseFailure found = null;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            DatabaseFailure here = classify(t);
            if (here == CONFLICT) {
                return Optional.of(CONFLICT);
            }
            if (here != null) {
                found = here;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                DatabaseFailure s = of(suppressed).orElse(null);
                if (s == CONFLICT) {
                    return Optional.of(CONFLICT);
                }
                found = found != null ? found : s;
            }
        }
        return Optional.ofNullable(found);
    }

    private static DatabaseFailure classify(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return CONFLICT;
        }
        if (t instanceof SQLTransientConnectionException) {
            return UNAVAILABLE;
        }
        if (!(t instanceof SQLException e)) {
            return null;
        }
        String state = e.getSQLState();
        int code = e.getErrorCode();
        if (code == ER_LOCK_DEADLOCK || code == ER_LOCK_WAIT_TIMEOUT || code == ER_DUP_ENTRY || "40001".equals(state)) {
            return CONFLICT;
        }
        if (code == ER_UNKNOWN_COM_ERROR || code == ER_QUERY_INTERRUPTED || (state != null && state.startsWith("08"))) {
            return UNAVAILABLE;
        }
        return null;
    }
}
