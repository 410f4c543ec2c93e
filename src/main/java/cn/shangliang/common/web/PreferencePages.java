package cn.shangliang.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Language and large-text preferences, kept in cookies so they work before login and without JavaScript. */
@Path("/prefs")
@PermitAll
public class PreferencePages {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response set(@QueryParam("lang") String lang, @QueryParam("large") String large,
                        @QueryParam("back") String back) {
        Response.ResponseBuilder response = Response.seeOther(SafeRedirect.local(back, "/"));
        if ("zh".equals(lang) || "en".equals(lang)) {
            response.cookie(cookie(Ui.LANG_COOKIE, lang));
        }
        if ("1".equals(large) || "0".equals(large)) {
            response.cookie(cookie(Ui.LARGE_COOKIE, large));
        }
        return response.build();
    }

    private static NewCookie cookie(String name, String value) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
    }
}
