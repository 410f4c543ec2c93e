package cn.shangliang.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.TimeZone;

import java.time.Clock;

import jakarta.inject.Inject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends audit entries inside the caller's transaction, so an entry exists exactly when its change does.
 * Appending takes no lock and reads nothing: the hash chain is sealed after commit by {@link AuditSealer}.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String actor, String action, String entityType, Object entityId, String summary) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.summary = summary == null ? "" : summary;
        entry.persist();
        return entry;
    }

    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id,"
            + " summary) VALUES (?,?,?,?,?,?)";

    /**
     * The same entry as {@link #record}, written with plain JDBC in a transaction the caller manages on
     * {@code connection} (the ballot hot path); {@code occurredAt} already truncated to microseconds.
     */
    public static void append(Connection connection, Instant occurredAt, String actor, String action,
                              String entityType, Object entityId, String summary) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            st.setTimestamp(1, Timestamp.from(occurredAt), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            st.setString(2, actor);
            st.setString(3, action);
            st.setString(4, entityType);
            st.setString(5, String.valueOf(entityId));
            st.setString(6, summary == null ? "" : summary);
            st.executeUpdate();
        }
    }
}
