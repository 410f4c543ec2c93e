package cn.shangliang.identity;

import cn.shangliang.common.web.Ui;
import cn.shangliang.common.web.DomainException;
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

    @CheckedTemplate(basePath = "identity", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance login(String next, String login, String error);
    }

    @Inject
    Ui ui;

    @Inject
    AccountLogin accountLogin;

    @Inject
    AuthCookie cookie;

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.login(next, null, null);
    }

    @POST
    @Path("login")
    public Response login(@RestForm String login, @RestForm String password, @RestForm String next) {
        try {
            TokenIssuer.IssuedToken token = accountLogin.login(login, password);
            return Response.seeOther(SafeRedirect.local(next, "/")).cookie(cookie.of(token)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.login(next, login, e.detail(ui.lang()))).build();
        }
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/")).cookie(cookie.cleared()).build();
    }
}
