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
import java.util.Optional;

/** A person's login for staff and residents (owners also log in with their owner card). */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public String username;
    public String phone;
    @Column(nullable = false) public String displayName;
    @Column(nullable = false) public String passwordHash;
    public boolean enabled = true;
    @Column(nullable = false) public Instant createdAt;

    /** The subdistrict the account belongs to, for listing and for who may manage it. */
    public Long homeSubdistrictId;

    /** The community the account belongs to; null for subdistrict-level accounts. */
    public Long homeCommunityId;
    public String createdBy;
    public Instant lastLoginAt;
    @Version public long version;

    /** Finds by username or by phone number, so people may log in with either. */
    public static Optional<Account> findByLogin(String login) {
        return find("username = ?1 or phone = ?1", login).firstResultOptional();
    }
}
