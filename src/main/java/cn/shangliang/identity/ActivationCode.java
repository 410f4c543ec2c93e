package cn.shangliang.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** 激活码: a one-time code with which a new or reset account chooses its password; only its hash is kept. */
@Entity
@Table(name = "activation_code")
public class ActivationCode extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long accountId;
    @Column(nullable = false) public String codeHash;
    @Column(nullable = false) public String createdBy;
    @Column(nullable = false) public Instant createdAt;
    @Column(nullable = false) public Instant expiresAt;
    public Instant usedAt;
    @Version public long version;

    /** The code row locked, so two activations with one code cannot both succeed. */
    public static Optional<ActivationCode> lockedByHash(String hash) {
        return find("codeHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
