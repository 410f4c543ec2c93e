package cn.shangliang.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A page refused by the role check (@RolesAllowed runs before any request filter) still renders the layout's
 * logout form, which needs the CSRF token the CSRF filter had no chance to set: without this the 403 page of
 * a logged-in user is a 500. We set it the way quarkus-rest-csrf's filter does for a safe request: the
 * browser's existing token, or a new one its response filter then sends as the cookie.
 */
final class ErrorPageCsrf {

    /** The routing-context keys quarkus-rest-csrf's filter uses. */
    private static final String TOKEN = "csrf_token";
    private static final String TOKEN_BYTES = "csrf_token_bytes";
    private static final int TOKEN_SIZE = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorPageCsrf() {
    }

    static void ensureToken() {
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        if (context == null || context.get(TOKEN) != null) {
            return;
        }
        String cookieName = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.rest-csrf.cookie-name", String.class).orElse("csrf-token");
        byte[] bytes = existing(context.request().getCookie(cookieName));
        if (bytes == null) {
            bytes = new byte[TOKEN_SIZE];
            RANDOM.nextBytes(bytes);
        }
        context.put(TOKEN_BYTES, bytes);
        context.put(TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static byte[] existing(Cookie cookie) {
        if (cookie == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cookie.getValue());
            return bytes.length == TOKEN_SIZE ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
