package cn.shangliang.identity;

import cn.shangliang.common.text.Typed;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Password login for staff and resident accounts. */
@ApplicationScoped
public class AccountLogin {

    /** A hash of a random secret: compared when the account does not exist, so timing tells nothing. */
    private static final String DUMMY_HASH = Passwords.hash(java.util.UUID.randomUUID().toString());

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditLog audit;

    @Transactional
    public TokenIssuer.IssuedToken login(String login, String password) {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw DomainException.badInput("credentials-missing");
        }
        Account account = Account.findByLogin(Typed.normalize(login).strip()).orElse(null);
        boolean ok = Passwords.matches(password, account == null ? DUMMY_HASH : account.passwordHash);
        if (account == null || !ok || !account.enabled) {
            throw DomainException.of(401, "bad-credentials");
        }
        Set<String> roles = RoleGrant.ofAccount(account.id).stream().map(g -> g.role.name())
                .collect(Collectors.toSet());
        // a bulk update: concurrent logins of one account must not collide on its version
        Account.update("lastLoginAt = ?1 where id = ?2", java.time.Instant.now(), account.id);
        audit.record(CurrentUser.ACCOUNT_PREFIX + account.id, "account.login", "account", account.id, "");
        return tokens.issue(CurrentUser.ACCOUNT_PREFIX + account.id, account.displayName, roles, Map.of());
    }
}
