package cn.shangliang.identity;

import cn.shangliang.common.web.Ui;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.SecretFields;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

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
        static native TemplateInstance login(String next, FormState form, String notice);
    }

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

    @Inject
    AccountLogin accountLogin;

    @Inject
    AuthCookie cookie;

    @Inject
    CurrentUser user;

    @Inject
    Sessions sessions;

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("welcome") String welcome,
                                 @QueryParam("session") String session) {
        return Templates.login(next, FormState.empty(), notice(welcome, session));
    }

    /** Logs in and goes where the visitor was headed; a refusal shows the form again with the login typed. */
    @POST
    @Path("login")
    public Response login(MultivaluedMap<String, String> form) {
        String next = form.getFirst("next");
        return SecretFields.submit(forms, form, AuthApi.Credentials.class, c -> {
            TokenIssuer.IssuedToken token = accountLogin.login(c.login(), SecretFields.verbatim(form, "password"));
            return cookie.signedIn(token, SafeRedirect.local(next, "/"));
        }, state -> Templates.login(next, state, null), ui.lang());
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
