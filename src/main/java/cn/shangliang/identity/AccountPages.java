package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.PageForms;
import cn.shangliang.common.web.SecretFields;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.identity.AccountViews.AccountDetail;
import cn.shangliang.identity.AccountViews.AccountRow;
import cn.shangliang.identity.AccountViews.ActivationSlip;
import cn.shangliang.identity.AccountViews.GrantRequest;
import cn.shangliang.identity.AccountViews.NewAccount;
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

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
                                                List<AccountDirectory.Unlinked> unlinked, PageForms forms);

        static native TemplateInstance accountDetail(AccountDetail account, List<Role> roles,
                                                     List<CommunityOption> communities, FormState form,
                                                     String error);

        static native TemplateInstance slip(ActivationSlip slip);

        static native TemplateInstance signups(long community, String communityName, List<SignupView> signups,
                                               List<AccountDirectory.Unlinked> unlinked, PageForms forms,
                                               String error);
    }

    /** The list page's forms: a new account, and one per resident without an account (suffixed by its id). */
    private static final String CREATE = "create";
    private static final String REGISTER = "register-";

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
    public TemplateInstance list(@QueryParam("community") Long community, @QueryParam("q") String q,
                                 @QueryParam("role") String role, @QueryParam("page") @DefaultValue("0") int page) {
        return listPage(community, q, role, page, PageForms.fresh());
    }

    /**
     * A new account: its slip is the answer (200), not a redirect, since the activation code on it is shown once
     * and never stored readable. A subdistrict-level role applies in the chosen community's subdistrict.
     */
    @POST
    @Path("accounts")
    public Response create(MultivaluedMap<String, String> form) {
        return forms.submit(form, NewAccount.class, a -> Response.ok(Templates.slip(accounts.create(
                        new NewAccount(a.username(), a.displayName(), a.phone(), a.role(), a.communityId(),
                                directory.subdistrictFor(a.role(), a.communityId()))))).build(),
                state -> refusedOnList(new PageForms(CREATE, state)));
    }

    /** A resident of the roster gets an account; the slip is the answer, as for a new account. */
    @POST
    @Path("accounts/residents/{id}")
    public Response registerResident(@PathParam("id") long residentId, MultivaluedMap<String, String> form) {
        return forms.submit(form, AccountApi.ResidentAccount.class,
                r -> Response.ok(Templates.slip(residents.register(residentId, r))).build(),
                state -> refusedOnList(new PageForms(REGISTER + residentId, state)));
    }

    @GET
    @Path("accounts/{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return detailPage(id, FormState.empty(), null);
    }

    @POST
    @Path("accounts/{id}/grants")
    public Response grant(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return onDetail(id, () -> forms.submit(form, GrantRequest.class, g -> {
            accounts.grant(id, new GrantRequest(g.role(), g.communityId(),
                    directory.subdistrictFor(g.role(), g.communityId())));
            return seeDetail(id);
        }, state -> detailPage(id, state, null)));
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
        return signupsPage(community, PageForms.fresh(), null);
    }

    @POST
    @Path("accounts/signups/{id}/approve")
    public Response approve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return decide(form, "approve-" + id, AccountApi.Approval.class, a -> residents.approve(id, a.residentId()));
    }

    @POST
    @Path("accounts/signups/{id}/reject")
    public Response reject(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return decide(form, "reject-" + id, AccountApi.Rejection.class, r -> residents.reject(id, r));
    }

    /**
     * A decision on a sign-up, back to the sign-ups of the community the form was posted from (its hidden
     * {@code community}); bad input comes back beside its field, a sign-up decided meanwhile (409) on the page.
     */
    private <T> Response decide(MultivaluedMap<String, String> form, String name, Class<T> type, Consumer<T> decision) {
        Long posted = id(form.getFirst("community"));
        long community = posted == null ? -1 : posted;
        try {
            return forms.submit("/accounts/signups?community=" + community, name, form, type, decision,
                    pageForms -> signupsPage(community, pageForms, null));
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(signupsPage(community, PageForms.fresh(), e.detail(ui.lang()))).build();
        }
    }

    private TemplateInstance signupsPage(long community, PageForms pageForms, String error) {
        return Templates.signups(community, directory.communityName(community), residents.pending(community),
                directory.unlinked(community), pageForms, error);
    }

    /** A community's id as a hidden field carries it; anything else is none. */
    private static Long id(String typed) {
        try {
            return typed == null ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Response act(long id, Runnable action) {
        return onDetail(id, () -> {
            action.run();
            return seeDetail(id);
        });
    }

    /**
     * An action of the account page: a refusal about the account's state (a grant it holds already, 409) shows
     * the page again with it; 403 and 404 keep the error page, bad input the form as typed (the pipeline's).
     */
    private Response onDetail(long id, Supplier<Response> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(detailPage(id, FormState.empty(), e.detail(ui.lang()))).build();
        }
    }

    private static Response seeDetail(long id) {
        return Response.seeOther(URI.create("/accounts/" + id)).build();
    }

    private TemplateInstance detailPage(long id, FormState grant, String error) {
        return Templates.accountDetail(accounts.detail(id), AccountDirectory.GRANTABLE, directory.communities(),
                grant, error);
    }

    /** The list page of the community the refused form was posted from (its hidden {@code communityId}). */
    private TemplateInstance refusedOnList(PageForms refused) {
        return listPage(id(refused.state().value("communityId")), null, null, 0, refused);
    }

    private TemplateInstance listPage(Long community, String q, String role, int page, PageForms pageForms) {
        List<CommunityOption> communities = directory.communities();
        Long chosen = community != null ? community : communities.isEmpty() ? null : communities.get(0).id();
        Role filter = AccountDirectory.role(role);
        Page<AccountRow> rows = chosen == null ? new Page<>(List.of(), 0, AccountService.PAGE_SIZE, 0)
                : accounts.list(chosen, q, filter, page);
        List<AccountDirectory.Unlinked> unlinked = chosen == null ? List.of() : directory.unlinked(chosen);
        return Templates.accounts(communities, chosen, q == null ? "" : q, filter,
                filter == null ? "" : filter.name(), AccountDirectory.GRANTABLE, rows, unlinked, pageForms);
    }
}
