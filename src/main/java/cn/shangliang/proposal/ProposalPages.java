package cn.shangliang.proposal;

import cn.shangliang.community.Community;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.community.Resident;
import cn.shangliang.common.security.Actor;
import cn.shangliang.community.CommunityActors;
import cn.shangliang.common.web.FormState;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.QueryString;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/** Proposal pages: the public list, submitting, and a proposal's page with co-sign, review and its steps. */
@Path("/proposals")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ProposalPages {

    @CheckedTemplate(basePath = "proposal")
    static class Templates {
        static native TemplateInstance list(ProposalQueries.ListSlice list, ProposalQueries.Filter filter, String query,
                                            ProposalStatus[] statuses, ProposalCategory[] categories);

        static native TemplateInstance show(ProposalQueries.ProposalView p, Can can, boolean cosigned,
                                            List<ProposalStatus> outcomes, TransferTarget[] targets, FormState review);

        static native TemplateInstance form(List<CommunityOption> communities, ProposalCategory[] categories,
                                            int threshold, FormState form);
    }

    /** What the visitor may do on a proposal's page now. */
    public record Can(boolean cosign, boolean withdrawCosign, boolean withdraw, boolean startReview, boolean review) {
    }

    private static final List<ProposalStatus> OUTCOMES = List.of(ProposalStatus.ACCEPTED, ProposalStatus.ANSWERED,
            ProposalStatus.MERGED, ProposalStatus.TRANSFERRED, ProposalStatus.REJECTED);

    @Inject
    ProposalService service;

    @Inject
    FormPipeline forms;

    @Inject
    ProposalReviews reviews;

    @Inject
    ProposalQueries queries;

    @Inject
    CommunityActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProposalConfig config;

    @GET
    @PermitAll
    public TemplateInstance list(@QueryParam("community") Long community, @QueryParam("status") ProposalStatus status,
                                 @QueryParam("category") ProposalCategory category, @QueryParam("q") String q,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        ProposalQueries.Filter filter = new ProposalQueries.Filter(community, status, category, q);
        return Templates.list(queries.slice(filter, page), filter, query(filter), ProposalStatus.values(),
                ProposalCategory.values());
    }

    @GET
    @Path("new")
    @Authenticated
    public TemplateInstance form() {
        return form(FormState.empty());
    }

    private TemplateInstance form(FormState state) {
        Set<Long> ids = new LinkedHashSet<>();
        currentUser.accountId().ifPresent(a -> Resident.<Resident>list("accountId", a).forEach(r -> ids.add(r.communityId)));
        ids.addAll(currentUser.communitiesWhere(Role.RESIDENT, Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR));
        List<Community> communities = ids.isEmpty() ? List.of() : Community.list("id in ?1", ids);
        return Templates.form(communities.stream().map(CommunityOption::of).toList(),
                ProposalCategory.values(), config.cosignThreshold(), state);
    }

    @POST
    @Authenticated
    public Response submit(MultivaluedMap<String, String> form) {
        return forms.submit(form, ProposalService.SubmitForm.class, f -> see(service.submit(f)), this::form);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public TemplateInstance show(@PathParam("id") long id) {
        return show(id, FormState.empty());
    }

    private TemplateInstance show(long id, FormState review) {
        ProposalQueries.ProposalView p = queries.view(id);
        Actor actor = actors.actor(p.communityId());
        boolean cosigned = queries.hasCosigned(id);
        Can can = new Can(
                actor.userId() > 0 && ProposalPermissions.checkCosign(actor, p.proposerId(), p.status(), cosigned).isEmpty(),
                ProposalPermissions.checkWithdrawCosign(p.status(), cosigned).isEmpty(),
                ProposalPermissions.checkWithdraw(actor, p.proposerId(), p.status()).isEmpty(),
                p.status() == ProposalStatus.SUBMITTED && ProposalPermissions.checkReview(actor, p.proposerId()).isEmpty(),
                p.status() == ProposalStatus.UNDER_REVIEW && ProposalPermissions.checkReview(actor, p.proposerId()).isEmpty());
        return Templates.show(p, can, cosigned, OUTCOMES, TransferTarget.values(), review);
    }

    @POST
    @Path("{id}/cosign")
    @Authenticated
    public Response cosign(@PathParam("id") long id) {
        return act(id, service::cosign);
    }

    @POST
    @Path("{id}/cosign/withdraw")
    @Authenticated
    public Response withdrawCosign(@PathParam("id") long id) {
        return act(id, service::withdrawCosign);
    }

    @POST
    @Path("{id}/review-start")
    @Authenticated
    public Response startReview(@PathParam("id") long id) {
        return act(id, service::bringToReview);
    }

    @POST
    @Path("{id}/review")
    @Authenticated
    public Response review(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        // people refer to a proposal as "#12", as the pages show it
        String into = form.getFirst("mergeInto");
        if (into != null) {
            form.putSingle("mergeInto", into.strip().replaceFirst("^#", ""));
        }
        return forms.submit(form, ProposalReviews.ReviewForm.class, f -> {
            reviews.review(id, f);
            return see(id);
        }, state -> show(id, state));
    }

    @POST
    @Path("{id}/withdraw")
    @Authenticated
    public Response withdraw(@PathParam("id") long id) {
        return act(id, service::withdraw);
    }

    /** A button on the proposal's page: the change, then the page again. */
    private static Response act(long id, LongConsumer change) {
        change.accept(id);
        return see(id);
    }

    private static Response see(long id) {
        return Response.seeOther(URI.create("/proposals/" + id)).build();
    }

    /** The filter as query parameters for the pager links (already escaped for a URL). */
    private static String query(ProposalQueries.Filter f) {
        return new QueryString().add("community", f.communityId()).add("status", f.status()).add("category", f.category())
                .add("q", f.q()).toString();
    }
}
