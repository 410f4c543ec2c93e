package cn.shangliang.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The HttpOnly, SameSite cookie that carries the JWT for pages. */
@ApplicationScoped
public class AuthCookie {

    public static final String NAME = "sl_token";

    @ConfigProperty(name = "shangliang.cookie.secure")
    boolean secure;

    public NewCookie of(TokenIssuer.IssuedToken token) {
        return base().value(token.token()).maxAge((int) token.lifespan().toSeconds()).build();
    }

    public NewCookie cleared() {
        return base().value("").maxAge(0).build();
    }

    private NewCookie.Builder base() {
        return new NewCookie.Builder(NAME).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
