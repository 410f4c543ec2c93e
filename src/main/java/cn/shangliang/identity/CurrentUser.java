package cn.shangliang.identity;

import cn.shangliang.common.security.Caller;
import cn.shangliang.common.security.Role;

import cn.shangliang.common.web.DomainException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from the verified JWT. Scoped role checks read the grants from the database (once per
 * request), so a revoked grant takes effect at once even while an old token is still valid.
 */
@RequestScoped
public class CurrentUser {

    public static final String ACCOUNT_PREFIX = "account:";
    public static final String CARD_PREFIX = "card:";
    /** The token claim naming its server-side session ({@link AuthSession}). */
    public static final String SESSION_CLAIM = "sid";

    @Inject
    JsonWebToken jwt;

    private List<RoleGrant> grants;

    public boolean authenticated() {
        return jwt != null && jwt.getSubject() != null;
    }

    public Optional<Long> accountId() {
        return idWithPrefix(ACCOUNT_PREFIX);
    }

    public Optional<Long> cardId() {
        return idWithPrefix(CARD_PREFIX);
    }

    public long requireAccountId() {
        return accountId().orElseThrow(() -> new UnauthorizedException());
    }

    /** The name written into audit entries: the subject, e.g. {@code account:12} or {@code card:34}. */
    public String auditName() {
        return Caller.auditName(jwt);
    }

    public String displayName() {
        return authenticated() ? jwt.getClaim("name") : null;
    }

    /** Whether the caller holds {@code role} anywhere, from the current grants (not the token's groups). */
    public boolean hasRole(Role role) {
        if (!authenticated()) {
            return false;
        }
        return cardId().isPresent() ? role == Role.OWNER : grants().stream().anyMatch(g -> g.role == role);
    }

    public Optional<Long> sessionId() {
        return authenticated() ? Optional.ofNullable(Claims.longClaim(jwt, SESSION_CLAIM))
                : Optional.empty();
    }

    /** Whether the caller holds {@code role} with a grant covering {@code scope}. */
    public boolean hasRole(Role role, Scope scope) {
        if (!authenticated()) {
            return false;
        }
        if (cardId().isPresent()) {
            Long estate = Claims.longClaim(jwt, "estate");
            return role == Role.OWNER && estate != null && scope.estateId() != null
                    && scope.estateId().longValue() == estate;
        }
        return grants().stream().anyMatch(g -> g.role == role && scope.covers(g.scopeType, g.scopeId));
    }

    public boolean hasAnyRole(Scope scope, Role... roles) {
        for (Role role : roles) {
            if (hasRole(role, scope)) {
                return true;
            }
        }
        return false;
    }

    /** Throws 403 unless the caller holds one of {@code roles} covering {@code scope}. */
    public void require(Scope scope, Role... roles) {
        if (!hasAnyRole(scope, roles)) {
            throw DomainException.forbidden("forbidden.scope");
        }
    }

    /**
     * The communities where the caller holds one of {@code roles} by a grant of that community itself (not of its
     * subdistrict), in the order of the grants; what a home page or a form's community choice starts from.
     */
    public Set<Long> communitiesWhere(Role... roles) {
        List<Role> wanted = List.of(roles);
        Set<Long> ids = new LinkedHashSet<>();
        for (RoleGrant g : grants()) {
            if (g.scopeType == Scope.Type.COMMUNITY && wanted.contains(g.role)) {
                ids.add(g.scopeId);
            }
        }
        return ids;
    }

    public List<RoleGrant> grants() {
        if (grants == null) {
            grants = accountId().map(RoleGrant::ofAccount).orElse(List.of());
        }
        return grants;
    }

    private Optional<Long> idWithPrefix(String prefix) {
        if (!authenticated() || !jwt.getSubject().startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(jwt.getSubject().substring(prefix.length())));
    }
}
