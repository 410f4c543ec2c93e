package cn.shangliang.identity;

import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.SecretFields;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

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
        static native TemplateInstance setup(FormState form);

        static native TemplateInstance activate(FormState form);

        static native TemplateInstance signup(List<Choice> communities, FormState form);
    }

    @Inject
    SetupService setup;

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

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
        return Templates.setup(FormState.empty());
    }

    @POST
    @Path("setup")
    public Response completeSetup(MultivaluedMap<String, String> form) {
        return SecretFields.submit(forms, form, SetupService.SetupForm.class, f -> {
            setup.complete(new SetupService.SetupForm(f.token(), f.subdistrict(), f.username(), f.displayName(),
                    SecretFields.verbatim(form, "password"), SecretFields.verbatim(form, "confirm")));
            return Response.seeOther(URI.create("/login?welcome=setup")).build();
        }, Templates::setup, ui.lang());
    }

    @GET
    @Path("activate")
    public TemplateInstance activateForm() {
        return Templates.activate(FormState.empty());
    }

    @POST
    @Path("activate")
    public Response activate(MultivaluedMap<String, String> form) {
        return SecretFields.submit(forms, form, OnboardingApi.Activation.class, a -> {
            passwords.activate(new OnboardingApi.Activation(a.code(), SecretFields.verbatim(form, "password"),
                    SecretFields.verbatim(form, "confirm")));
            return Response.seeOther(URI.create("/login?welcome=activated")).build();
        }, Templates::activate, ui.lang());
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup(communities(), FormState.empty());
    }

    @POST
    @Path("signup")
    public Response signUp(MultivaluedMap<String, String> form) {
        return SecretFields.submit(forms, form, ResidentAccounts.SignupForm.class, f -> {
            residents.signUp(new ResidentAccounts.SignupForm(f.communityId(), f.name(), f.phone(), f.building(),
                    f.room(), f.username(), SecretFields.verbatim(form, "password"), SecretFields.verbatim(form, "confirm")));
            return Response.seeOther(URI.create("/login?welcome=signup")).build();
        }, state -> Templates.signup(communities(), state), ui.lang());
    }

    @Transactional
    List<Choice> communities() {
        return Community.<Community>listAll().stream().map(c -> new Choice(c.id, c.name))
                .sorted(java.util.Comparator.comparing(Choice::name)).toList();
    }

    /** What the visitor typed, to show a form of the account pages again (never passwords). */
    static java.util.Map<String, String> typed(String... pairs) {
        java.util.Map<String, String> form = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return form;
    }
}
