package cn.shangliang.identity;

import jakarta.inject.Inject;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Issues the app's signed JWTs; the same token serves as page cookie and as API Bearer token. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    TokenConfig settings;

    // The JWT extension's own key, shared with the verifier: read as it is rather than mapped a second time.
    @ConfigProperty(name = "smallrye.jwt.new-token.issuer")
    String issuer;

    public IssuedToken issue(String subject, String name, Set<String> groups, Map<String, Object> claims) {
        // Real time, not the app clock: the JWT library checks expiry against the system clock.
        Instant expires = Instant.now().plus(settings.lifespan());
        var builder = Jwt.issuer(issuer).subject(subject).upn(subject).groups(groups)
                .claim("name", name).expiresAt(expires);
        claims.forEach(builder::claim);
        return new IssuedToken(builder.sign(), expires, settings.lifespan());
    }

    public record IssuedToken(String token, Instant expiresAt, Duration lifespan) {
    }
}
