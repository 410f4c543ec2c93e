package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.SecretFields;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.identity.AccountViews.AccountDetail;
import cn.shangliang.identity.AccountViews.AccountRow;
import cn.shangliang.identity.AccountViews.ActivationSlip;
import cn.shangliang.identity.AccountViews.Page;
import cn.shangliang.identity.AccountViews.SignupView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The pages of accounts: one's own account (password change, sign-up state), and for staff the accounts of a
 * community, one account's grants, and the sign-ups waiting for review. A new or reset account's slip is the
 * answer to its POST, not a redirect: the code is shown once and never stored readable.
 */
@Path("/")
@Blocking
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AccountPages {

    @CheckedTemplate(basePath = "identity")
    static class Templates {
        static native TemplateInstance account(AccountDetail account, boolean changed, FormState form);

        static native TemplateInstance accounts(List<CommunityOption> communities, Long community,
                                                String q, Role role, String roleName, List<Role> roles,
                                                Page<AccountRow> page,
                                                List<AccountDirectory.Unlinked> unlinked, Map<String, String> form,
                                                String error, List<DomainException.FieldError> fieldErrors);

        static native TemplateInstance accountDetail(AccountDetail account, List<Role> roles,
                                                     List<CommunityOption> communities,
                                                     String error);

        static native TemplateInstance slip(ActivationSlip slip);

        static native TemplateInstance signups(long community, String communityName, List<SignupView> signups,
                                               List<AccountDirectory.Unlinked> unlinked, String error);
    }

    @Inject
    AccountService accounts;

    @Inject
    Ui ui;

    @Inject
    FormPipeline forms;

    @Inject
    AccountDirectory directory;

    @Inject
    ResidentAccounts residents;

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser user;

    @GET
    @Path("account")
    public TemplateInstance mine(@QueryParam("changed") boolean changed) {
        return Templates.account(accounts.detail(user.requireAccountId()), changed, FormState.empty());
    }

    @POST
    @Path("account/password")
    public Response changePassword(MultivaluedMap<String, String> form) {
        return SecretFields.submit(forms, form, AccountApi.PasswordChange.class, c -> {
            passwords.change(new AccountApi.PasswordChange(SecretFields.verbatim(form, "current"),
                    SecretFields.verbatim(form, "password"), SecretFields.verbatim(form, "confirm")));
            return Response.seeOther(URI.create("/account?changed=true")).build();
        }, state -> Templates.account(accounts.detail(user.requireAccountId()), false, state), ui.lang());
    }

    @GET
    @Path("accounts")
    public Response list(@QueryParam("community") Long community, @QueryParam("q") String q,
                         @QueryParam("role") String role, @QueryParam("page") @DefaultValue("0") int page) {
        return listPage(community, q, role, page, Map.of(), null, List.of(), Response.Status.OK);
    }

    @POST
    @Path("accounts")
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String phone,
                           @RestForm String role, @RestForm Long communityId) {
        try {
            Role chosen = AccountDirectory.role(role);
            Long subdistrict = chosen != null && GrantRules.levelOf(chosen) == Scope.Type.SUBDISTRICT
                    ? directory.subdistrictOf(communityId) : null;
            return Response.ok(Templates.slip(accounts.create(new AccountViews.NewAccount(username, displayName,
                    phone, chosen, communityId, subdistrict)))).build();
        } catch (DomainException e) {
            Map<String, String> typed = OnboardingPages.typed("username", username, "displayName", displayName,
                    "phone", phone, "role", role);
            return listPage(communityId, null, null, 0, typed, e.detail(ui.lang()), e.fieldErrors(ui.lang()),
                    Response.Status.fromStatusCode(e.status()));
        }
    }

    @POST
    @Path("accounts/residents/{id}")
    public Response registerResident(@PathParam("id") long residentId, @RestForm String username,
                                     @RestForm Long communityId) {
        try {
            return Response.ok(Templates.slip(residents.register(residentId, username))).build();
        } catch (DomainException e) {
            return listPage(communityId, null, null, 0, OnboardingPages.typed("username", username), e.detail(ui.lang()),
                    e.fieldErrors(ui.lang()), Response.Status.fromStatusCode(e.status()));
        }
    }

    @GET
    @Path("accounts/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.accountDetail(accounts.detail(id), AccountDirectory.GRANTABLE, directory.communities(),
                null);
    }

    @POST
    @Path("accounts/{id}/grants")
    public Response grant(@PathParam("id") long id, @RestForm String role, @RestForm Long communityId) {
        return act(id, () -> {
            Role chosen = AccountDirectory.role(role);
            Long subdistrict = chosen != null && GrantRules.levelOf(chosen) == Scope.Type.SUBDISTRICT
                    ? directory.subdistrictOf(communityId) : null;
            accounts.grant(id, new AccountViews.GrantRequest(chosen, communityId, subdistrict));
        });
    }

    @POST
    @Path("accounts/{id}/grants/{grant}/revoke")
    public Response revoke(@PathParam("id") long id, @PathParam("grant") long grant) {
        return act(id, () -> accounts.revoke(id, grant));
    }

    @POST
    @Path("accounts/{id}/disable")
    public Response disable(@PathParam("id") long id) {
        return act(id, () -> accounts.setEnabled(id, false));
    }

    @POST
    @Path("accounts/{id}/enable")
    public Response enable(@PathParam("id") long id) {
        return act(id, () -> accounts.setEnabled(id, true));
    }

    @POST
    @Path("accounts/{id}/reset")
    public TemplateInstance reset(@PathParam("id") long id) {
        return Templates.slip(accounts.reset(id));
    }

    @GET
    @Path("accounts/signups")
    public TemplateInstance signups(@QueryParam("community") long community) {
        return signupsPage(community, null);
    }

    @POST
    @Path("accounts/signups/{id}/approve")
    public Response approve(@PathParam("id") long id, @RestForm Long community, @RestForm Long residentId) {
        return decide(community, () -> residents.approve(id, residentId));
    }

    @POST
    @Path("accounts/signups/{id}/reject")
    public Response reject(@PathParam("id") long id, @RestForm Long community, @RestForm String reason) {
        return decide(community, () -> residents.reject(id, new AccountApi.Rejection(reason)));
    }

    private Response decide(Long community, Runnable decision) {
        long c = community == null ? -1 : community;
        try {
            decision.run();
            return Response.seeOther(URI.create("/accounts/signups?community=" + c)).build();
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(signupsPage(c, e.detail(ui.lang()))).build();
        }
    }

    private TemplateInstance signupsPage(long community, String error) {
        return Templates.signups(community, directory.communityName(community), residents.pending(community),
                directory.unlinked(community), error);
    }

    private Response act(long id, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/accounts/" + id)).build();
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.accountDetail(accounts.detail(id),
                    AccountDirectory.GRANTABLE, directory.communities(), e.detail(ui.lang()))).build();
        }
    }

    private Response listPage(Long community, String q, String role, int page, Map<String, String> form,
                              String error, List<DomainException.FieldError> fieldErrors, Response.Status status) {
        List<CommunityOption> communities = directory.communities();
        Long chosen = community != null ? community : communities.isEmpty() ? null : communities.get(0).id();
        Role filter = AccountDirectory.role(role);
        Page<AccountRow> rows = chosen == null ? new Page<>(List.of(), 0, AccountService.PAGE_SIZE, 0)
                : accounts.list(chosen, q, filter, page);
        List<AccountDirectory.Unlinked> unlinked = chosen == null ? List.of() : directory.unlinked(chosen);
        Map<String, String> typed = new java.util.HashMap<>(Map.of("username", "", "displayName", "", "phone", "",
                "role", ""));
        typed.putAll(form);
        return Response.status(status).entity(Templates.accounts(communities, chosen, q == null ? "" : q, filter,
                filter == null ? "" : filter.name(), AccountDirectory.GRANTABLE, rows, unlinked, typed, error,
                fieldErrors)).build();
    }
}
