package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.text.Typed;
import cn.shangliang.common.throttle.ClientAddress;
import cn.shangliang.common.throttle.Throttle;
import cn.shangliang.common.throttle.ThrottleLimit;
import cn.shangliang.common.web.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password login for staff and resident accounts. Wrong passwords are limited per account (or per unknown
 * login name, so an unknown name behaves like a real one) and per client address, with delays that grow
 * ({@link ThrottleLimit#ACCOUNT_LOGIN}); a throttled attempt is refused with 429 before the password is checked.
 * Every wrong password is audited. The limits live in MariaDB, so they hold across instances.
 */
@ApplicationScoped
public class AccountLogin {

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditLog audit;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress clientAddress;

    private record Found(Long accountId, String passwordHash, boolean enabled) {
    }

    public TokenIssuer.IssuedToken login(String login, String password) {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw DomainException.badInput("credentials-missing");
        }
        String typed = Typed.normalize(login).strip();
        Found found = QuarkusTransaction.requiringNew().call(() -> Account.findByLogin(typed)
                .map(a -> new Found(a.id, a.passwordHash, a.enabled)).orElse(new Found(null, Passwords.dummyHash(), false)));
        String subject = found.accountId() != null ? "account:" + found.accountId() : "login:" + typed.toLowerCase();
        Optional<String> client = clientAddress.current();
        throttle.waitBefore(ThrottleLimit.ACCOUNT_LOGIN, subject)
                .or(() -> client.flatMap(c -> throttle.waitBefore(ThrottleLimit.CLIENT_LOGIN, c)))
                .ifPresent(wait -> {
                    throw DomainException.tooManyAttempts(wait);
                });
        boolean ok = Passwords.matches(password, found.passwordHash());
        if (found.accountId() == null || !ok || !found.enabled()) {
            throttle.count(ThrottleLimit.ACCOUNT_LOGIN, subject);
            client.ifPresent(c -> throttle.count(ThrottleLimit.CLIENT_LOGIN, c));
            QuarkusTransaction.requiringNew().run(() -> audit.record("anonymous", "account.login-failed", "account",
                    found.accountId() == null ? "-" : found.accountId(), failure(found, ok, client)));
            throw DomainException.of(401, "bad-credentials");
        }
        throttle.clear(ThrottleLimit.ACCOUNT_LOGIN, subject);
        return QuarkusTransaction.requiringNew().call(() -> issue(Account.findById(found.accountId())));
    }

    private TokenIssuer.IssuedToken issue(Account account) {
        Set<String> roles = RoleGrant.ofAccount(account.id).stream().map(g -> g.role.name())
                .collect(Collectors.toSet());
        // a bulk update: concurrent logins of one account must not collide on its version
        Account.update("lastLoginAt = ?1 where id = ?2", java.time.Instant.now(Clocks.REAL), account.id);
        audit.record(CurrentUser.ACCOUNT_PREFIX + account.id, "account.login", "account", account.id, "");
        return tokens.issue(CurrentUser.ACCOUNT_PREFIX + account.id, account.displayName, roles, Map.of());
    }

    /** Why it failed, for whoever reads the audit log (never the typed password or login name). */
    private static String failure(Found found, boolean passwordRight, Optional<String> client) {
        String why = found.accountId() == null ? "unknown login" : !passwordRight ? "wrong password" : "account disabled";
        return why + client.map(c -> " from " + c).orElse("");
    }
}
