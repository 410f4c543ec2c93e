package cn.shangliang.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as far as the ground floor needs to know: whether anyone logged in, and the name audit entries
 * carry. Features use {@code identity.CurrentUser}, which names callers by the same rule ({@link #auditName(JsonWebToken)}).
 */
@RequestScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";

    @Inject
    JsonWebToken jwt;

    public boolean authenticated() {
        return jwt != null && jwt.getSubject() != null;
    }

    /** The subject, e.g. {@code account:12} or {@code card:34}, or {@value #ANONYMOUS}. */
    public String auditName() {
        return auditName(jwt);
    }

    public static String auditName(JsonWebToken jwt) {
        return jwt != null && jwt.getSubject() != null ? jwt.getSubject() : ANONYMOUS;
    }
}
