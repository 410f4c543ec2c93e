package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Issues the app's signed JWTs; the same token serves as page cookie and as API Bearer token. Every token names
 * a server-side session ({@link Sessions}), so it can be ended before it expires.
 */
@ApplicationScoped
public class TokenIssuer {


    // The JWT extension's own key, shared with the verifier: read as it is rather than mapped a second time.
    @ConfigProperty(name = "smallrye.jwt.new-token.issuer")
    String issuer;

    @Inject
    SessionConfig config;

    @Inject
    Sessions sessions;

    @Transactional
    public IssuedToken issue(String subject, String name, Set<String> groups, Map<String, Object> claims) {
        // Real time, not the app clock: the JWT library checks expiry against the system clock.
        long sessionId = sessions.open(subject);
        Duration lifespan = config.absoluteLifetime();
        Instant expires = Instant.now(Clocks.REAL).plus(lifespan);
        var builder = Jwt.issuer(issuer).subject(subject).upn(subject).groups(groups)
                .claim("name", name).claim(CurrentUser.SESSION_CLAIM, sessionId).expiresAt(expires);
        claims.forEach(builder::claim);
        return new IssuedToken(builder.sign(), expires, lifespan);
    }

    public record IssuedToken(String token, Instant expiresAt, Duration lifespan) {
    }
}
