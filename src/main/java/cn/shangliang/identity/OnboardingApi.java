package cn.shangliang.identity;

import cn.shangliang.identity.AccountViews.SignupView;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** What a person does before they have a working login: first-run setup, activation, a resident's sign-up. */
@Path("/api")
@Blocking
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class OnboardingApi {

    public record SetupStatus(boolean open) {
    }

    /** The password is taken exactly as typed; its rules need the account the code belongs to. */
    public record Activation(@NotBlank(message = "field-required") String code, String password, String confirm) {
    }

    public record Activated(String username) {
    }

    @Inject
    SetupService setup;

    @Inject
    PasswordService passwords;

    @Inject
    ResidentAccounts residents;

    @GET
    @Path("setup")
    @Operation(summary = "Whether the first-run setup is still open")
    public SetupStatus status() {
        return new SetupStatus(setup.open());
    }

    @POST
    @Path("setup")
    @ResponseStatus(201)
    @Operation(summary = "First run: with the setup token from the log, create the subdistrict and its first admin")
    public SetupService.Done complete(@NotNull SetupService.SetupForm form) {
        return setup.complete(form);
    }

    @POST
    @Path("accounts/activate")
    @Operation(summary = "Choose the password of a new or reset account with its one-time activation code")
    public Activated activate(@NotNull Activation body) {
        return new Activated(passwords.activate(body));
    }

    @POST
    @Path("signup")
    @ResponseStatus(201)
    @Operation(summary = "A resident signs up; the account stays without the resident role until staff approve it")
    public SignupView signUp(@NotNull ResidentAccounts.SignupForm form) {
        return residents.signUp(form);
    }
}
