package cn.shangliang.common.web;

import jakarta.inject.Inject;
import cn.shangliang.common.security.CookieConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * "Submitted" shown once after a form succeeded (POST-redirect-GET): a page POST answered with 303 leaves a
 * short-lived cookie, the next HTML page shows the message ({@code inject:ui.flash}) and clears it. A cookie,
 * not a server session, so any instance can show it. Logging in and out are not submissions.
 */
public class Flash {

    public static final String COOKIE = "sl_flash";
    private static final Set<String> NOT_SUBMISSIONS = Set.of("/login", "/logout", "/card/login");

    @Inject
    CookieConfig cookies;

    @ServerResponseFilter
    public void flash(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/")) {
            return;
        }
        if ("POST".equals(request.getMethod()) && response.getStatus() == 303 && !NOT_SUBMISSIONS.contains(path)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie("1", 60));
        } else if (request.getCookies().containsKey(COOKIE) && response.getStatus() == 200
                && MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType())) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie("", 0));
        }
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(cookies.secure())
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
