package cn.shangliang.common.audit;

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
}
