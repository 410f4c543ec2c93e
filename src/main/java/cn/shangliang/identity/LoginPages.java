package cn.shangliang.identity;

import cn.shangliang.common.security.CsrfRotation;
import cn.shangliang.common.web.Ui;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.ErrorMappers;
import cn.shangliang.common.web.SafeRedirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/** Account login and logout for pages (the token goes into an HttpOnly cookie). */
@Path("/")
@Blocking
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LoginPages {

    @CheckedTemplate(basePath = "identity")
    static class Templates {
        static native TemplateInstance login(String next, String login, String error, String notice);
    }

    @Inject
    Ui ui;

    @Inject
    AccountLogin accountLogin;

    @Inject
    AuthCookie cookie;

    @Inject
    CsrfRotation csrf;

    @Inject
    CurrentUser user;

    @Inject
    Sessions sessions;

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("welcome") String welcome,
                                 @QueryParam("session") String session) {
        return Templates.login(next, null, null, notice(welcome, session));
    }

    @POST
    @Path("login")
    public Response login(@RestForm String login, @RestForm String password, @RestForm String next) {
        try {
            TokenIssuer.IssuedToken token = accountLogin.login(login, password);
            csrf.rotate();
            return Response.seeOther(SafeRedirect.local(next, "/")).cookie(cookie.of(token)).build();
        } catch (DomainException e) {
            return ErrorMappers.retryAfter(Response.status(e.status()).entity(Templates.login(next, login, e.detail(ui.lang()), null)), e).build();
        }
    }

    /** Which note the login page shows: after setup, activation or sign-up, or why the session ended. */
    private static String notice(String welcome, String session) {
        if (welcome != null && java.util.Set.of("setup", "activated", "signup").contains(welcome)) {
            return welcome;
        }
        return session != null && !session.isBlank() ? "ended" : null;
    }

    @POST
    @Path("logout")
    public Response logout() {
        user.sessionId().ifPresent(sid -> sessions.end(sid, user.auditName()));
        return Response.seeOther(URI.create("/")).cookie(cookie.cleared()).build();
    }
}
