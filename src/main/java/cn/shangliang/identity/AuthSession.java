package cn.shangliang.identity;

import cn.shangliang.common.db.VersionedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One login, server side. The token carries its id (claim {@code sid}); {@link SessionGuard} reads this row on
 * every request, so ending it here ends the token everywhere. Rows are ended in bulk by {@link Sessions}.
 */
@Entity
@Table(name = "auth_session")
public class AuthSession extends VersionedEntity {

    @Column(nullable = false)
    public String subject;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;
}
