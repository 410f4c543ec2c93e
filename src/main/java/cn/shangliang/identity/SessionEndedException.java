package cn.shangliang.identity;

import io.quarkus.security.AuthenticationException;

/** A valid token whose session has ended (logout, disabled account, revoked grant, reset password, timeout). */
public class SessionEndedException extends SecurityException implements AuthenticationException {

    private final SessionRules.Verdict verdict;
    private final boolean card;

    public SessionEndedException(SessionRules.Verdict verdict, boolean card) {
        super("session " + verdict);
        this.verdict = verdict;
        this.card = card;
    }

    public SessionRules.Verdict verdict() {
        return verdict;
    }

    public boolean card() {
        return card;
    }
}
