package cn.shangliang.discussion;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One account as a commenter in one community: holds a block, and its row is locked while that account posts,
 * so its posts are counted against the rate limit one at a time on every instance.
 */
@Entity
@Table(name = "commenter")
public class Commenter extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long communityId;
    @Column(nullable = false) public Long accountId;
    public Instant blockedUntil;
    public String blockReason;
    @Version public long version;

    public static Optional<Commenter> of(long communityId, long accountId) {
        return find("communityId = ?1 and accountId = ?2", communityId, accountId).firstResultOptional();
    }

    /**
     * The row, created if missing, locked. ON DUPLICATE KEY UPDATE takes the row's exclusive lock at once (INSERT
     * IGNORE would take a shared one, and two posts upgrading it to exclusive deadlock each other).
     */
    public static Commenter locked(long communityId, long accountId) {
        getEntityManager().createNativeQuery("INSERT INTO commenter (community_id, account_id, version) VALUES (?1, ?2, 0)"
                        + " ON DUPLICATE KEY UPDATE version = version")
                .setParameter(1, communityId).setParameter(2, accountId).executeUpdate();
        return Commenter.<Commenter>find("communityId = ?1 and accountId = ?2", communityId, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }
}
