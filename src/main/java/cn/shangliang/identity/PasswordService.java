package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.RequestCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A new account chooses its password with its activation code; a logged-in person changes their own. */
@ApplicationScoped
public class PasswordService {

    @Inject
    CurrentUser user;

    @Inject
    RequestCheck requests;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    ActivationNotices activationNotices;

    /** Returns the username, so the page can offer to log in. */
    @Transactional
    public String activate(OnboardingApi.Activation activation) {
        requests.valid(activation);
        ActivationCode row = ActivationCode.lockedByHash(ActivationCodes.hash(activation.code())).orElse(null);
        if (row == null || row.usedAt != null) {
            throw DomainException.invalid("code", "activation-code-unknown");
        }
        if (!Instant.now(Clocks.REAL).isBefore(row.expiresAt)) {
            throw DomainException.invalid("code", "activation-code-expired");
        }
        Account a = Account.findById(row.accountId);
        requests.valid(activation, r -> PasswordRules.errors(a.username, r.password(), r.confirm()));
        row.usedAt = Instant.now(Clocks.REAL);
        a.passwordHash = Passwords.hash(activation.password());
        activationNotices.forget(a);
        sessions.endAll(a.id, Sessions.EndReason.PASSWORD_CHANGED, CurrentUser.ACCOUNT_PREFIX + a.id);
        audit.record(CurrentUser.ACCOUNT_PREFIX + a.id, "account.activate", "account", a.id, "");
        return a.username;
    }

    /** The caller's own password; their other sessions end, this one stays. */
    @Transactional
    public void change(AccountApi.PasswordChange change) {
        Account a = Account.findById(user.requireAccountId());
        requests.valid(change, c -> {
            List<FieldError> wrong = new ArrayList<>();
            if (!Passwords.matches(c.current(), a.passwordHash)) {
                wrong.add(FieldError.of("current", "password-current-wrong"));
            }
            wrong.addAll(PasswordRules.errors(a.username, c.password(), c.confirm()));
            return wrong;
        });
        if (change.password().equals(change.current())) {
            throw DomainException.invalid("password", "password-unchanged");
        }
        a.passwordHash = Passwords.hash(change.password());
        long mine = user.sessionId().orElse(-1L);
        AuthSession.update("endedAt = ?1, endReason = ?2, version = version + 1 where accountId = ?3 "
                + "and endedAt is null and id <> ?4", Instant.now(Clocks.REAL), Sessions.EndReason.PASSWORD_CHANGED.name(),
                a.id, mine);
        audit.record(user.auditName(), "account.password-change", "account", a.id, "");
    }
}
