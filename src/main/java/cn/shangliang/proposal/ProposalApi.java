package cn.shangliang.proposal;

import cn.shangliang.common.web.Created;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proposals (议题): the JSON twin of the proposal pages. */
@Path("/api/proposals")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "proposals")
@Authenticated
public class ProposalApi {

    @Inject
    ProposalService service;

    @Inject
    ProposalReviews reviews;

    @Inject
    ProposalQueries queries;

    public record CosignResult(int cosignCount) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Search and filter proposals, newest first, 20 a page")
    public ProposalQueries.ListPage list(@QueryParam("community") Long community,
                                         @QueryParam("status") ProposalStatus status,
                                         @QueryParam("category") ProposalCategory category,
                                         @QueryParam("q") String q,
                                         @QueryParam("page") @DefaultValue("0") int page) {
        return queries.page(new ProposalQueries.Filter(community, status, category, q), page);
    }

    @POST
    @Operation(summary = "Submit a proposal (a resident of the community)")
    public Response submit(ProposalService.SubmitForm form) {
        return Created.at("/api/proposals/", service.submit(form));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A proposal with every step it went through")
    public ProposalQueries.ProposalView get(@PathParam("id") long id) {
        return queries.view(id);
    }

    @POST
    @Path("{id}/cosign")
    @Operation(summary = "Co-sign once; at the threshold the proposal goes to review")
    public CosignResult cosign(@PathParam("id") long id) {
        return new CosignResult(service.cosign(id));
    }

    @POST
    @Path("{id}/cosign/withdraw")
    @Operation(summary = "Withdraw one's own co-sign while the proposal still collects co-signs")
    public CosignResult withdrawCosign(@PathParam("id") long id) {
        return new CosignResult(service.withdrawCosign(id));
    }

    @POST
    @Path("{id}/review-start")
    @Operation(summary = "Bring a proposal to review before the threshold (staff or chair)")
    public void startReview(@PathParam("id") long id) {
        service.bringToReview(id);
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Decide the review: accept, merge, answer, transfer or reject")
    public void review(@PathParam("id") long id, ProposalReviews.ReviewForm form) {
        reviews.review(id, form);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "The proposer withdraws the proposal")
    public void withdraw(@PathParam("id") long id) {
        service.withdraw(id);
    }
}
