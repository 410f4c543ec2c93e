package cn.shangliang.common.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Gives the browser a new CSRF token when someone logs in, so a token planted or seen before the login is
 * worthless afterwards. quarkus-rest-csrf writes its cookie from the request's token after the resource ran;
 * replacing that token here makes it write the new one.
 */
@ApplicationScoped
public class CsrfRotation {

    /** The keys quarkus-rest-csrf keeps the request's token under (its defaults, token size 16). */
    private static final String TOKEN_KEY = "csrf_token";
    private static final String TOKEN_BYTES_KEY = "csrf_token_bytes";
    private static final int TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentVertxRequest request;

    public void rotate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        request.getCurrent().put(TOKEN_BYTES_KEY, bytes);
        request.getCurrent().put(TOKEN_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
