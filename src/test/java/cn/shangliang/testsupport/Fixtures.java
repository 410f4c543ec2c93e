package cn.shangliang.testsupport;

import cn.shangliang.identity.Account;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.identity.Passwords;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import cn.shangliang.identity.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates accounts and tokens for tests. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "Test-Pass-2026";
    private static final String PASSWORD_HASH = Passwords.hash(PASSWORD);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TokenIssuer tokens;

    public record User(long accountId, String username, String token) {
    }

    /** A new account holding {@code role} in the given scope, with a Bearer token for it. */
    @Transactional
    public User user(Role role, Scope.Type scopeType, long scopeId) {
        Account a = new Account();
        a.username = "u" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        a.displayName = "测试用户" + SEQ.get();
        a.passwordHash = PASSWORD_HASH;
        a.createdAt = Instant.now();
        a.persist();
        if (role != null) {
            RoleGrant.of(a.id, role, scopeType, scopeId).persist();
        }
        Set<String> groups = role == null ? Set.of() : Set.of(role.name());
        String token = tokens.issue(CurrentUser.ACCOUNT_PREFIX + a.id, a.displayName, groups, Map.of()).token();
        return new User(a.id, a.username, token);
    }

    @Transactional
    public void grant(long accountId, Role role, Scope.Type scopeType, long scopeId) {
        RoleGrant.of(accountId, role, scopeType, scopeId).persist();
    }
}
