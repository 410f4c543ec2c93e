package cn.shangliang.identity;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.Community;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** First-run setup, account activation and a resident's sign-up: the pages before a working login. */
@Path("/")
@Blocking
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OnboardingPages {

    public record Choice(long id, String name) {
    }

    @CheckedTemplate(basePath = "identity")
    static class Templates {
        static native TemplateInstance setup(Map<String, String> form, String error,
                                             List<DomainException.FieldError> fieldErrors);

        static native TemplateInstance activate(Map<String, String> form, String error,
                                                List<DomainException.FieldError> fieldErrors);

        static native TemplateInstance signup(List<Choice> communities, Long chosen, Map<String, String> form,
                                              String error,
                                              List<DomainException.FieldError> fieldErrors);
    }

    @Inject
    SetupService setup;

    @Inject
    Ui ui;

    @Inject
    PasswordService passwords;

    @Inject
    ResidentAccounts residents;

    @GET
    @Path("setup")
    public TemplateInstance setupForm() {
        if (!setup.open()) {
            throw new NotFoundException();
        }
        return Templates.setup(Map.of(), null, List.of());
    }

    @POST
    @Path("setup")
    public Response completeSetup(@RestForm String token, @RestForm String subdistrict, @RestForm String username,
                                  @RestForm String displayName, @RestForm String password, @RestForm String confirm) {
        try {
            setup.complete(new SetupService.SetupForm(token, subdistrict, username, displayName, password, confirm));
            return Response.seeOther(URI.create("/login?welcome=setup")).build();
        } catch (DomainException e) {
            Map<String, String> typed = typed("subdistrict", subdistrict, "username", username,
                    "displayName", displayName);
            return Response.status(e.status()).entity(Templates.setup(typed, e.detail(ui.lang()), e.fieldErrors(ui.lang())))
                    .build();
        }
    }

    @GET
    @Path("activate")
    public TemplateInstance activateForm() {
        return Templates.activate(Map.of(), null, List.of());
    }

    @POST
    @Path("activate")
    public Response activate(@RestForm String code, @RestForm String password, @RestForm String confirm) {
        try {
            passwords.activate(code, password, confirm);
            return Response.seeOther(URI.create("/login?welcome=activated")).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.activate(typed("code", code), e.detail(ui.lang()),
                    e.fieldErrors(ui.lang()))).build();
        }
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup(communities(), null, Map.of(), null, List.of());
    }

    @POST
    @Path("signup")
    public Response signUp(@RestForm String communityId, @RestForm String name, @RestForm String phone,
                           @RestForm String building, @RestForm String room, @RestForm String username,
                           @RestForm String password, @RestForm String confirm) {
        try {
            residents.signUp(new ResidentAccounts.SignupForm(number(communityId), name, phone, building, room,
                    username, password, confirm));
            return Response.seeOther(URI.create("/login?welcome=signup")).build();
        } catch (DomainException e) {
            Map<String, String> typed = typed("communityId", communityId, "name", name, "phone", phone,
                    "building", building, "room", room, "username", username);
            return Response.status(e.status()).entity(Templates.signup(communities(), number(communityId), typed, e.detail(ui.lang()),
                    e.fieldErrors(ui.lang()))).build();
        }
    }

    @Transactional
    List<Choice> communities() {
        return Community.<Community>listAll().stream().map(c -> new Choice(c.id, c.name))
                .sorted(java.util.Comparator.comparing(Choice::name)).toList();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the visitor typed, to show the form again (never passwords or the setup token). */
    static Map<String, String> typed(String... pairs) {
        Map<String, String> form = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return form;
    }
}
