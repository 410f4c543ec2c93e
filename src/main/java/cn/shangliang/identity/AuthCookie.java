package cn.shangliang.identity;

import cn.shangliang.common.security.CookieConfig;
import cn.shangliang.common.security.CsrfRotation;
import jakarta.inject.Inject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The HttpOnly, SameSite cookie that carries the JWT for pages. */
@ApplicationScoped
public class AuthCookie {

    @Inject
    CookieConfig settings;

    @Inject
    CsrfRotation csrf;

    public static final String NAME = "sl_token";

    public NewCookie of(TokenIssuer.IssuedToken token) {
        return base().value(token.token()).maxAge((int) token.lifespan().toSeconds()).build();
    }

    /**
     * A page's answer to a login (an account's, a card's, or an account switching to its linked card): a new CSRF
     * token, so one seen before the login is worthless after it, the session's cookie, and 303 to {@code target}.
     */
    public Response signedIn(TokenIssuer.IssuedToken token, URI target) {
        csrf.rotate();
        return Response.seeOther(target).cookie(of(token)).build();
    }

    public NewCookie cleared() {
        return base().value("").maxAge(0).build();
    }

    private NewCookie.Builder base() {
        return new NewCookie.Builder(NAME).path("/").httpOnly(true).secure(settings.secure())
                .sameSite(NewCookie.SameSite.LAX);
    }
}
