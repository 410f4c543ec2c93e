package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Opens and ends server-side sessions; every way a session ends goes through here and is audited. */
@ApplicationScoped
public class Sessions {

    /** Why a session ended, as stored in {@code auth_session.end_reason}. */
    public enum EndReason { LOGOUT, DISABLED, GRANT_REVOKED, PASSWORD_CHANGED }

    @Inject
    AuditLog audit;

    @Transactional
    public long open(String subject) {
        AuthSession s = new AuthSession();
        s.subject = subject;
        s.accountId = subject.startsWith(CurrentUser.ACCOUNT_PREFIX)
                ? Long.valueOf(subject.substring(CurrentUser.ACCOUNT_PREFIX.length())) : null;
        s.createdAt = Instant.now(Clocks.REAL);
        s.lastSeenAt = s.createdAt;
        s.persist();
        return s.id;
    }

    /** Logout: ends this one session (other devices of the same person stay logged in). */
    @Transactional
    public void end(long sessionId, String actor) {
        int ended = AuthSession.update("endedAt = ?1, endReason = ?2, version = version + 1 where id = ?3 "
                + "and endedAt is null", Instant.now(Clocks.REAL), EndReason.LOGOUT.name(), sessionId);
        if (ended > 0) {
            audit.record(actor, "session.logout", "auth_session", sessionId, "");
        }
    }

    /** Ends every open session of an account, in the caller's transaction (disable, revoke, reset). */
    @Transactional
    public int endAll(long accountId, EndReason reason, String actor) {
        int ended = AuthSession.update("endedAt = ?1, endReason = ?2, version = version + 1 where accountId = ?3 "
                + "and endedAt is null", Instant.now(Clocks.REAL), reason.name(), accountId);
        if (ended > 0) {
            audit.record(actor, "session.end-all", "account", accountId, reason + " " + ended);
        }
        return ended;
    }
}
