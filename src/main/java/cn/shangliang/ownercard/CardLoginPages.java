package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.SafeRedirect;
import cn.shangliang.common.web.SecretFields;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.AuthCookie;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * Owner card login, and the PIN change every new card must make first. Both forms go through the form pipeline
 * with {@link SecretFields}: the card number comes back as typed, a PIN never does.
 */
@Path("/card")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CardLoginPages {

    @CheckedTemplate(basePath = "ownercard")
    static class Templates {
        static native TemplateInstance cardLogin(String next, FormState form, OwnerCardStatus ended);

        static native TemplateInstance pin(boolean required, FormState form);
    }

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

    @Inject
    CardLogin cardLogin;

    @Inject
    AuthCookie cookie;

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("ended") String ended) {
        return Templates.cardLogin(next, FormState.empty(), endedStatus(ended));
    }

    /**
     * Logs the card in and goes where the owner was headed, or to the PIN change a new card must make first. A
     * wrong PIN (401), a locked card (403) or too many attempts (429, {@code Retry-After}) show the form again
     * with that status and the number typed.
     */
    @POST
    @Path("login")
    @PermitAll
    public Response login(MultivaluedMap<String, String> form) {
        String next = form.getFirst("next");
        return SecretFields.submit(forms, form, CardAuthApi.CardCredentials.class, c -> {
            CardLogin.CardSession session = cardLogin.login(c.number(), SecretFields.verbatim(form, "pin"));
            URI target = session.pinChangeRequired() ? URI.create("/card/pin") : SafeRedirect.local(next, "/");
            return cookie.signedIn(session.token(), target);
        }, state -> Templates.cardLogin(next, state, null), ui.lang());
    }

    @GET
    @Path("pin")
    @RolesAllowed(Role.N_OWNER)
    public TemplateInstance pinForm() {
        return pinPage(FormState.empty());
    }

    /**
     * The page's PIN change also asks for the new PIN twice (the JSON API does not); a missing confirmation
     * counts as a mismatch. Refusals that are not about a field (a card that may no longer act) keep the error
     * page.
     */
    @POST
    @Path("pin")
    @RolesAllowed(Role.N_OWNER)
    public Response changePin(MultivaluedMap<String, String> form) {
        return forms.submit(form, OwnerCardApi.PinChange.class, p -> {
            cardLogin.changePin(SecretFields.verbatim(form, "currentPin"), SecretFields.verbatim(form, "newPin"),
                    Objects.requireNonNullElse(SecretFields.verbatim(form, "confirmPin"), ""));
            return Response.seeOther(URI.create("/")).build();
        }, state -> pinPage(SecretFields.shown(state)));
    }

    private TemplateInstance pinPage(FormState form) {
        return Templates.pin(cardLogin.ownCard().pinChangeRequired(), form);
    }

    private static OwnerCardStatus endedStatus(String ended) {
        return Arrays.stream(OwnerCardStatus.values()).filter(s -> s.name().equalsIgnoreCase(ended))
                .findFirst().orElse(null);
    }
}
