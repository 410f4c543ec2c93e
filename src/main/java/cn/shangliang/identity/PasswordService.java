package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** A new account chooses its password with its activation code; a logged-in person changes their own. */
@ApplicationScoped
public class PasswordService {

    @Inject
    CurrentUser user;

    @Inject
    Refusals refusals;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    ActivationNotices activationNotices;

    /** Returns the username, so the page can offer to log in. */
    @Transactional
    public String activate(String code, String password, String confirmation) {
        refusals.fieldIf(code == null || code.isBlank(), "code", "field-required");
        refusals.throwIfAny();
        ActivationCode row = ActivationCode.lockedByHash(ActivationCodes.hash(code)).orElse(null);
        if (row == null || row.usedAt != null) {
            refusals.field("code", "activation-code-unknown");
        } else if (!Instant.now(Clocks.REAL).isBefore(row.expiresAt)) {
            refusals.field("code", "activation-code-expired");
        }
        refusals.throwIfAny();
        Account a = Account.findById(row.accountId);
        checkNew(a.username, password, confirmation, "password", "confirm");
        row.usedAt = Instant.now(Clocks.REAL);
        a.passwordHash = Passwords.hash(password);
        activationNotices.forget(a);
        sessions.endAll(a.id, Sessions.EndReason.PASSWORD_CHANGED, CurrentUser.ACCOUNT_PREFIX + a.id);
        audit.record(CurrentUser.ACCOUNT_PREFIX + a.id, "account.activate", "account", a.id, "");
        return a.username;
    }

    /** The caller's own password; their other sessions end, this one stays. */
    @Transactional
    public void change(String current, String password, String confirmation) {
        Account a = Account.findById(user.requireAccountId());
        refusals.fieldIf(!Passwords.matches(current, a.passwordHash), "current", "password-current-wrong");
        checkNew(a.username, password, confirmation, "password", "confirm");
        refusals.fieldIf(password.equals(current), "password", "password-unchanged");
        refusals.throwIfAny();
        a.passwordHash = Passwords.hash(password);
        long mine = user.sessionId().orElse(-1L);
        AuthSession.update("endedAt = ?1, endReason = ?2, version = version + 1 where accountId = ?3 "
                + "and endedAt is null and id <> ?4", Instant.now(Clocks.REAL), Sessions.EndReason.PASSWORD_CHANGED.name(),
                a.id, mine);
        audit.record(user.auditName(), "account.password-change", "account", a.id, "");
    }

    private void checkNew(String username, String password, String confirmation, String field, String confirmField) {
        for (String problem : PasswordRules.problems(username, password)) {
            refusals.field(field, problem, PasswordRules.MIN);
        }
        refusals.fieldIf(password != null && !password.equals(confirmation), confirmField, "password-confirm-differs");
        refusals.throwIfAny();
    }
}
