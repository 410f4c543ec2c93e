package cn.shangliang.common.security;

import cn.shangliang.common.web.DomainException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * quarkus-rest-csrf checks the form token only when a request is a form (or carries the token header); a POST
 * with no body and no content type slipped past it, so a same-site page could withdraw a ballot. So:
 * <ul>
 * <li>every state-changing page request must be a form (whose token quarkus-rest-csrf then verifies) or carry
 * the token header;</li>
 * <li>a state-changing API request that rides on the login cookie (no Bearer header) must be JSON, which a page
 * of another origin cannot send without a CORS preflight that this app never grants, or a form (token checked).
 * A bodyless or {@code text/plain} post is what a same-site page can send with the cookie, so it is refused.</li>
 * </ul>
 */
public class PageCsrfGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    private static final String AUTH_COOKIE = "sl_token";

    @ServerRequestFilter(preMatching = true)
    public void requireToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || path.startsWith("/q/")
                || request.getHeaderString(TOKEN_HEADER) != null) {
            return;
        }
        MediaType type = request.getMediaType();
        if (isForm(type)) {
            return;
        }
        boolean api = path.startsWith("/api/") || path.equals("/api");
        boolean cookieOnly = request.getCookies().containsKey(AUTH_COOKIE)
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (!api || (cookieOnly && !isJson(type))) {
            throw DomainException.of(403, "csrf-missing");
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
