package cn.shangliang.ownercard;

import cn.shangliang.common.web.Ui;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.AuthCookie;

import cn.shangliang.common.security.CsrfRotation;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.ErrorMappers;
import cn.shangliang.common.web.SafeRedirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Arrays;
import java.util.List;

/** Owner card login, and the PIN change every new card must make first. */
@Path("/card")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CardLoginPages {

    @CheckedTemplate(basePath = "identity")
    static class Templates {
        static native TemplateInstance cardLogin(String next, String number, String error, OwnerCardStatus ended);

        static native TemplateInstance pin(boolean required, String error, List<DomainException.FieldError> fieldErrors);
    }

    @Inject
    Ui ui;

    @Inject
    CardLogin cardLogin;

    @Inject
    AuthCookie cookie;

    @Inject
    CsrfRotation csrf;

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("ended") String ended) {
        return Templates.cardLogin(next, null, null, endedStatus(ended));
    }

    @POST
    @Path("login")
    @PermitAll
    public Response login(@RestForm String number, @RestForm String pin, @RestForm String next) {
        try {
            CardLogin.CardSession session = cardLogin.login(number, pin);
            csrf.rotate();
            URI target = session.pinChangeRequired() ? URI.create("/card/pin") : SafeRedirect.local(next, "/");
            return Response.seeOther(target).cookie(cookie.of(session.token())).build();
        } catch (DomainException e) {
            return ErrorMappers.retryAfter(Response.status(e.status())
                    .entity(Templates.cardLogin(next, number, e.detail(ui.lang()), null)), e).build();
        }
    }

    @GET
    @Path("pin")
    @RolesAllowed(Role.N_OWNER)
    public TemplateInstance pinForm() {
        return Templates.pin(cardLogin.ownCard().pinChangeRequired(), null, List.of());
    }

    @POST
    @Path("pin")
    @RolesAllowed(Role.N_OWNER)
    public Response changePin(@RestForm String currentPin, @RestForm String newPin, @RestForm String confirmPin) {
        try {
            cardLogin.changePin(currentPin, newPin, confirmPin == null ? "" : confirmPin);
            return Response.seeOther(URI.create("/")).build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            boolean required = cardLogin.ownCard().pinChangeRequired();
            return Response.status(400).entity(Templates.pin(required, e.detail(ui.lang()), e.fieldErrors(ui.lang()))).build();
        }
    }

    private static OwnerCardStatus endedStatus(String ended) {
        return Arrays.stream(OwnerCardStatus.values()).filter(s -> s.name().equalsIgnoreCase(ended))
                .findFirst().orElse(null);
    }
}
