package cn.shangliang.ownercard;

import cn.shangliang.identity.AuthCookie;
import cn.shangliang.identity.SessionGuard;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Every request that carries a token resolves it here, so a card token is checked against its card on every
 * request (see {@link CardSessionAugmentor}), whatever the endpoint's own annotations. An owner still holding
 * the initial PIN may only change it: pages redirect to {@code /card/pin}, the API answers 403
 * {@code pin-change-required}.
 */
public class CardSessionFilter {

    /** What a card may do before choosing its own PIN: change it, see itself, log out, set preferences. */
    private static final Set<String> ALLOWED_BEFORE_PIN_CHANGE = Set.of(
            "/card/pin", "/card/login", "/logout", "/prefs", "/api/cards/me", "/api/cards/me/pin", "/api/auth/me");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AuthCookie cookie;

    @ServerRequestFilter
    public Uni<Response> checkCardSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // a cast checks its card and PIN in its own transaction, and its security check resolves the identity anyway
        if (!carriesToken(request) || SessionGuard.castRequest(request.getMethod(), path)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> mustChangePin(identity) && !ALLOWED_BEFORE_PIN_CHANGE.contains(path)
                        ? pinChangeFirst(path) : null)
                // other token failures keep their usual handling (the endpoint's own security check)
                .onFailure(f -> !(f instanceof CardNotUsableException)).recoverWithNull();
    }

    /** A card that may no longer act: its token is refused; pages clear the cookie and explain on the card login. */
    @ServerExceptionMapper
    public Response cardNotUsable(CardNotUsableException e, UriInfo uri) {
        DomainException refusal = CardLogin.refusal(e.status());
        RuleViolation text = refusal.violations().get(0);
        if (isApi(uri.getPath())) {
            return Response.status(401).type("application/problem+json")
                    .entity(Problem.of(DomainException.withCode(401, refusal.code(), text.code(), text.args().toArray())))
                    .build();
        }
        return Response.seeOther(URI.create("/card/login?ended=" + e.status().name().toLowerCase(Locale.ROOT)))
                .cookie(cookie.cleared()).build();
    }

    private static boolean mustChangePin(SecurityIdentity identity) {
        return Boolean.TRUE.equals(identity.getAttribute(CardSessionAugmentor.PIN_CHANGE_REQUIRED));
    }

    private static Response pinChangeFirst(String path) {
        if (isApi(path)) {
            return Response.status(403).type("application/problem+json").entity(Problem.of(DomainException.of(403, "pin-change-required"))).build();
        }
        return Response.seeOther(URI.create("/card/pin")).build();
    }

    private static boolean carriesToken(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getCookies().containsKey(AuthCookie.NAME);
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }
}
