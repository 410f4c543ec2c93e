package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.security.Role;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A role held by an account within one scope. */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(nullable = false) public Long accountId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Role role;
    @Enumerated(EnumType.STRING) @Column(nullable = false) public Scope.Type scopeType;
    @Column(nullable = false) public Long scopeId;
    @Column(nullable = false) public Instant createdAt;

    /** Who granted it ({@code account:<id>}, {@code setup}); null for grants older than this column. */
    public String grantedBy;

    public static List<RoleGrant> ofAccount(long accountId) {
        return list("accountId", accountId);
    }

    public static RoleGrant of(long accountId, Role role, Scope.Type type, long scopeId) {
        RoleGrant grant = new RoleGrant();
        grant.accountId = accountId;
        grant.role = role;
        grant.scopeType = type;
        grant.scopeId = scopeId;
        grant.createdAt = Instant.now(Clocks.REAL); // bookkeeping of the grant itself, never compared with a rule date
        return grant;
    }
}
