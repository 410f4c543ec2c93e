package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.AccountViews.AccountDetail;
import cn.shangliang.identity.AccountViews.AccountRow;
import cn.shangliang.identity.AccountViews.ActivationSlip;
import cn.shangliang.identity.AccountViews.GrantRequest;
import cn.shangliang.identity.AccountViews.GrantView;
import cn.shangliang.identity.AccountViews.NewAccount;
import cn.shangliang.identity.AccountViews.Page;
import cn.shangliang.identity.AccountViews.SignupView;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

/**
 * Staff accounts, grants, resident registration and sign-up review as JSON. Any logged-in account may call;
 * the service checks the scope (nobody grants wider than their own role), so the answer is 403 otherwise.
 */
@Path("/api")
@Blocking
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountApi {

    public record ResidentAccount(String username) {
    }

    public record Approval(Long residentId) {
    }

    public record Rejection(@NotBlank(message = "field-required") @Size(max = 500, message = "field-too-long")
                            String reason) {
        public Rejection {
            reason = AccountViews.trimmed(reason);
        }
    }

    public record PasswordChange(String current, String password, String confirm) {
    }

    @Inject
    AccountService accounts;

    @Inject
    ResidentAccounts residents;

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser user;

    @POST
    @Path("accounts")
    @ResponseStatus(201)
    @Operation(summary = "Create an account with one role; the answer carries its one-time activation code")
    public ActivationSlip create(@NotNull NewAccount form) {
        return accounts.create(form);
    }

    @GET
    @Path("accounts")
    @Operation(summary = "Accounts of a community: search by name, username or phone; filter by role; 30 a page")
    public Page<AccountRow> list(@QueryParam("community") long community, @QueryParam("q") String q,
                                 @QueryParam("role") Role role, @QueryParam("page") @DefaultValue("0") int page) {
        return accounts.list(community, q, role, page);
    }

    @GET
    @Path("accounts/me")
    @Operation(summary = "The caller's own account, roles and sign-up state")
    public AccountDetail me() {
        return accounts.detail(user.requireAccountId());
    }

    @POST
    @Path("accounts/me/password")
    @ResponseStatus(204)
    @Operation(summary = "Change the caller's password; their other sessions end")
    public void changePassword(@NotNull PasswordChange change) {
        passwords.change(change);
    }

    @GET
    @Path("accounts/{id}")
    public AccountDetail detail(@PathParam("id") long id) {
        return accounts.detail(id);
    }

    @POST
    @Path("accounts/{id}/grants")
    @ResponseStatus(201)
    public GrantView grant(@PathParam("id") long id, @NotNull GrantRequest request) {
        return accounts.grant(id, request);
    }

    @DELETE
    @Path("accounts/{id}/grants/{grant}")
    @ResponseStatus(204)
    @Operation(summary = "Revoke a grant; the account's sessions end")
    public void revoke(@PathParam("id") long id, @PathParam("grant") long grant) {
        accounts.revoke(id, grant);
    }

    @POST
    @Path("accounts/{id}/disable")
    @ResponseStatus(204)
    @Operation(summary = "Disable an account; its sessions end on every instance at the next request")
    public void disable(@PathParam("id") long id) {
        accounts.setEnabled(id, false);
    }

    @POST
    @Path("accounts/{id}/enable")
    @ResponseStatus(204)
    public void enable(@PathParam("id") long id) {
        accounts.setEnabled(id, true);
    }

    @POST
    @Path("accounts/{id}/reset")
    @Operation(summary = "Reset the password: it stops working, sessions end, a new activation code is issued")
    public ActivationSlip reset(@PathParam("id") long id) {
        return accounts.reset(id);
    }

    @POST
    @Path("residents/{id}/account")
    @ResponseStatus(201)
    @Operation(summary = "Register a resident of the resident register: a linked account and its activation code")
    public ActivationSlip registerResident(@PathParam("id") long id, @NotNull ResidentAccount body) {
        return residents.register(id, body.username());
    }

    @GET
    @Path("communities/{id}/signups")
    @Operation(summary = "Residents' sign-ups waiting for review")
    public List<SignupView> pending(@PathParam("id") long id) {
        return residents.pending(id);
    }

    @POST
    @Path("signups/{id}/approve")
    @Operation(summary = "Match a sign-up to a resident record (or create one from it) and grant the resident role")
    public SignupView approve(@PathParam("id") long id, Approval body) {
        return residents.approve(id, body == null ? null : body.residentId());
    }

    @POST
    @Path("signups/{id}/reject")
    public SignupView reject(@PathParam("id") long id, @NotNull Rejection body) {
        return residents.reject(id, body);
    }
}
