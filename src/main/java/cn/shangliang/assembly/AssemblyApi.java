package cn.shangliang.assembly;

import cn.shangliang.assembly.StaffBallotRequests.DeliveryRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateView;
import cn.shangliang.assembly.StaffBallotRequests.PaperEntryView;
import cn.shangliang.assembly.StaffBallotRequests.PaperRequest;
import cn.shangliang.assembly.StaffBallotRequests.VoidRequest;
import cn.shangliang.assembly.TallyViews.ReceiptLookup;
import cn.shangliang.assembly.TallyViews.TurnoutView;
import cn.shangliang.assembly.TallyViews.VerificationView;
import cn.shangliang.common.security.Role;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

import java.net.URI;
import java.util.List;

/** Owners' assembly decisions as JSON: the same services as the pages. */
@Path("/api/assembly")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assembly")
public class AssemblyApi {

    @Inject
    ReceiptService receipts;

    @Inject
    PublicRecordService records;

    @Inject
    DecisionService decisions;

    @Inject
    DecisionViews views;

    @Inject
    BallotService ballots;

    @Inject
    StaffBallotService staff;

    @Inject
    TallyService tally;

    // ---- decisions

    @GET
    @Path("decisions")
    @PermitAll
    @Operation(summary = "Published decisions, newest first (with the caller's drafts for staff)")
    public List<DecisionView> list(@QueryParam("estate") Long estate, @QueryParam("page") @DefaultValue("0") int page) {
        return views.page(estate, page);
    }

    @POST
    @Path("decisions")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Prepare a decision (draft)")
    public Response create(DecisionForm form) {
        DecisionView view = decisions.create(form);
        return Response.created(URI.create("/api/assembly/decisions/" + view.id())).entity(view).build();
    }

    @GET
    @Path("decisions/{id}")
    @PermitAll
    public DecisionView get(@PathParam("id") long id) {
        return views.get(id);
    }

    @jakarta.ws.rs.PUT
    @Path("decisions/{id}")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Edit a draft decision (409 once published)")
    public DecisionView update(@PathParam("id") long id, DecisionForm form) {
        return decisions.update(id, form);
    }

    @POST
    @Path("decisions/{id}/publish")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Publish the notice and snapshot the roster")
    public DecisionView publish(@PathParam("id") long id) {
        return decisions.publish(id);
    }

    @POST
    @Path("decisions/{id}/extend")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public DecisionView extend(@PathParam("id") long id, DecisionService.ExtendRequest r) {
        return decisions.extend(id, r);
    }

    @POST
    @Path("decisions/{id}/cancel")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public DecisionView cancel(@PathParam("id") long id, DecisionService.CancelRequest r) {
        return decisions.cancel(id, r);
    }

    // ---- voting

    @POST
    @Path("decisions/{id}/ballot")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "Cast or change the caller's ballot with an owner's card; returns the receipt")
    public ReceiptView cast(@PathParam("id") long id, CastRequest request) {
        return ballots.cast(id, request);
    }

    @POST
    @Path("decisions/{id}/ballot/withdraw")
    @RolesAllowed(Role.N_OWNER)
    public ReceiptView withdraw(@PathParam("id") long id, @QueryParam("voterKey") String voterKey) {
        return ballots.withdraw(id, voterKey);
    }

    @GET
    @Path("decisions/{id}/turnout")
    @PermitAll
    @Operation(summary = "Participation (area and heads) against the 2/3 quorum, without choices")
    public TurnoutView turnout(@PathParam("id") long id) {
        return tally.turnout(id);
    }

    @GET
    @Path("receipts/{code}")
    @PermitAll
    @Operation(summary = "Whether a receipt's ballot is counted (or superseded, or not counted and why); the choice only for its card holder, logged in")
    public ReceiptLookup receipt(@PathParam("code") String code) {
        return receipts.lookup(code);
    }

    // ---- staff: proxies, paper, deliveries

    @GET
    @Path("decisions/{id}/mandates")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public List<MandateView> mandates(@PathParam("id") long id) {
        return staff.mandates(id);
    }

    @POST
    @Path("decisions/{id}/mandates")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Register a written proxy mandate")
    public MandateView registerMandate(@PathParam("id") long id, MandateRequest r) {
        return staff.registerMandate(id, r);
    }

    @POST
    @Path("decisions/{id}/mandates/{mandate}/ballots")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Record the ballot the proxy signed under the mandate")
    public ReceiptView proxyBallot(@PathParam("id") long id, @PathParam("mandate") long mandate, CastRequest r) {
        return staff.recordProxyBallot(id, mandate, r);
    }

    @GET
    @Path("decisions/{id}/paper")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public List<PaperEntryView> paper(@PathParam("id") long id) {
        return staff.paperEntries(id);
    }

    @POST
    @Path("decisions/{id}/paper")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Enter a signed paper ballot (each sheet twice, by two staff accounts)")
    public PaperEntryView enterPaper(@PathParam("id") long id, PaperRequest r) {
        return staff.enterPaper(id, r);
    }

    @POST
    @Path("decisions/{id}/paper/{entry}/void")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public PaperEntryView voidPaper(@PathParam("id") long id, @PathParam("entry") long entry, VoidRequest r) {
        return staff.voidPaper(id, entry, r);
    }

    @POST
    @Path("decisions/{id}/deliveries")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Record delivery of the ballot to an owner (for the silent-majority clause)")
    public Response delivery(@PathParam("id") long id, DeliveryRequest r) {
        staff.recordDelivery(id, r);
        return Response.noContent().build();
    }

    // ---- count

    @POST
    @Path("decisions/{id}/close")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Close a decision whose window has ended, count and publish the result")
    public ResultView close(@PathParam("id") long id) {
        return tally.close(id);
    }

    @POST
    @Path("decisions/{id}/recount")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    public ResultView recount(@PathParam("id") long id) {
        return tally.recount(id);
    }

    @GET
    @Path("decisions/{id}/result")
    @PermitAll
    public ResultView result(@PathParam("id") long id) {
        return tally.result(id);
    }

    @GET
    @Path("decisions/{id}/verification")
    @PermitAll
    @Operation(summary = "The public record: result with small groups merged, Merkle root, counted ballots' leaf hashes (1,000 a page)")
    public VerificationView verification(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        return records.verification(id, page);
    }
}
