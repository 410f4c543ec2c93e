package cn.shangliang.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One login, server side. The token carries its id (claim {@code sid}); {@link SessionGuard} reads this row on
 * every request, so ending it here ends the token everywhere. Rows are ended in bulk by {@link Sessions}.
 */
@Entity
@Table(name = "auth_session")
public class AuthSession extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public String subject;
    public Long accountId;
    @Column(nullable = false) public Instant createdAt;
    @Column(nullable = false) public Instant lastSeenAt;
    public Instant endedAt;
    public String endReason;
    @Version public long version;
}
