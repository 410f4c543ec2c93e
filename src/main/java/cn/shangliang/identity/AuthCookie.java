package cn.shangliang.identity;

import cn.shangliang.common.security.CookieConfig;
import jakarta.inject.Inject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The HttpOnly, SameSite cookie that carries the JWT for pages. */
@ApplicationScoped
public class AuthCookie {

    @Inject
    CookieConfig settings;

    public static final String NAME = "sl_token";

    public NewCookie of(TokenIssuer.IssuedToken token) {
        return base().value(token.token()).maxAge((int) token.lifespan().toSeconds()).build();
    }

    public NewCookie cleared() {
        return base().value("").maxAge(0).build();
    }

    private NewCookie.Builder base() {
        return new NewCookie.Builder(NAME).path("/").httpOnly(true).secure(settings.secure())
                .sameSite(NewCookie.SameSite.LAX);
    }
}
