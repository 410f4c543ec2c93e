package cn.shangliang.common.security;

import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * quarkus-rest-csrf asks every multipart or form POST for the page token, so an API client uploading a file as a
 * multipart field {@code file} with its Bearer token was refused (it has no page, hence no token). A request
 * authenticated by an {@code Authorization: Bearer} header alone cannot be forged by another site: a browser
 * attaches cookies to a cross-site request, never that header (setting it needs a CORS preflight this app never
 * grants). So an {@code /api/} request with a Bearer header and without the login cookie skips the token check;
 * anything riding on the login cookie is checked as before (docs/security.md, V4.2.2).
 * <p>
 * quarkus-rest-csrf has no setting for this (its {@code create-token-path} only limits where tokens are made), so
 * this bean replaces its filter bean: the extension's generated filter injects the bean by type and gets this one.
 * {@code RosterMultipartTest} fails if an upgrade stops that.
 */
@Alternative
@Priority(1)
@Singleton
public class BearerAwareCsrfFilter extends CsrfRequestResponseReactiveFilter {

    static final String AUTH_COOKIE = "sl_token";

    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (bearerOnly(request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.AUTHORIZATION),
                routing.request().getCookie(AUTH_COOKIE) != null)) {
            return;
        }
        super.filter(request, routing);
    }

    /** An API request whose only credential is its Bearer header. */
    static boolean bearerOnly(String path, String authorization, boolean loginCookie) {
        return (path.startsWith("/api/") || path.equals("/api")) && !loginCookie && authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && authorization.length() > 7;
    }
}
