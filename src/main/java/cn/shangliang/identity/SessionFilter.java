package cn.shangliang.identity;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
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

/**
 * Resolves the identity of every request that carries a token, so {@link SessionGuard} checks its session even on
 * public pages; an ended session is refused (API: 401 {@code session-ended}) or sent to log in again with the
 * cookie cleared (pages).
 */
public class SessionFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AuthCookie cookie;

    @ServerRequestFilter
    public Uni<Response> checkSession(ContainerRequestContext request) {
        if ((request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !request.getCookies().containsKey(AuthCookie.NAME))
                || SessionGuard.castRequest(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> (Response) null)
                .onFailure(f -> !(f instanceof SessionEndedException)).recoverWithNull();
    }

    @ServerExceptionMapper
    public Response sessionEnded(SessionEndedException e, UriInfo uri) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            return Response.status(401).type("application/problem+json")
                    .entity(Problem.of(DomainException.of(401, "session-ended"))).build();
        }
        String login = e.card() ? "/card/login" : "/login";
        return Response.seeOther(URI.create(login + "?session=" + e.verdict().name().toLowerCase(Locale.ROOT)))
                .cookie(cookie.cleared()).build();
    }
}
