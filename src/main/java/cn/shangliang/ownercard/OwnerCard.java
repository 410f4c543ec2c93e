package cn.shangliang.ownercard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** 业主一卡通: binds one owner-identity in one estate; logs in with its number and a PIN (bcrypt only). */
@Entity
@Table(name = "owner_card")
public class OwnerCard extends PanacheEntityBase {

    /** Consecutive wrong PINs after which the card locks for a while (see {@link CardLock}). */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public String number;
    @Column(nullable = false) public Long estateId;
    @Column(nullable = false) public Long ownerId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public OwnerCardStatus status;
    @Column(nullable = false) public String pinHash;
    public boolean pinChangeRequired = true;
    public int failedAttempts;

    /** When a lock by wrong PINs ends by itself (see {@link CardLock}). */
    public Instant lockedUntil;

    /** Locks in a row since the last successful login: each lasts longer. */
    public int lockCount;

    /** When wrong PINs last locked the card: the owner's home page tells them. */
    public Instant lastLockedAt;
    @Column(nullable = false) public Instant issuedAt;
    @Column(nullable = false) public String issuedBy;
    public Instant endedAt;
    public Long replacesCardId;
    @Version public long version;

    public static Optional<OwnerCard> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /** The row, locked until the transaction ends: every status or counter change goes through this. */
    public static Optional<OwnerCard> lockedById(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static Optional<OwnerCard> liveOf(long ownerId) {
        return find("ownerId = ?1 and status in ?2", ownerId, OwnerCardWorkflow.LIVE).firstResultOptional();
    }

    public static List<OwnerCard> liveOf(Collection<Long> ownerIds) {
        return ownerIds.isEmpty() ? List.of()
                : list("ownerId in ?1 and status in ?2", ownerIds, OwnerCardWorkflow.LIVE);
    }
}
