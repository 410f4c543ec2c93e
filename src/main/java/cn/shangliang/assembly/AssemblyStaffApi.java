package cn.shangliang.assembly;

import cn.shangliang.assembly.ConflictService.Conflicts;
import cn.shangliang.assembly.ConflictService.ResolutionView;
import cn.shangliang.assembly.ConflictService.ResolveRequest;
import cn.shangliang.assembly.StaffBallotRequests.DeliveryRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateRequest;
import cn.shangliang.assembly.StaffBallotRequests.MandateView;
import cn.shangliang.assembly.StaffBallotRequests.PaperEntryView;
import cn.shangliang.assembly.StaffBallotRequests.PaperRequest;
import cn.shangliang.assembly.StaffBallotRequests.VoidRequest;
import cn.shangliang.assembly.StaffRecordChecks.CheckView;
import cn.shangliang.assembly.VoterNames.VoterName;
import cn.shangliang.common.security.Role;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Staff: a decision from draft to result (prepare, edit, publish, extend, cancel, close and count, recount); what is
 * recorded on owners' behalf (proxy mandates and ballots, paper ballots, deliveries), finding a voter
 * by flat or name (never by internal number), the checks of records made for owners who voted online, and
 * conflicts between a voter's records with their resolution.
 */
@Path("/api/assembly")
@Blocking
@RolesAllowed(Role.N_COMMUNITY_STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assembly")
public class AssemblyStaffApi {

    @Inject
    TallyService tally;

    @Inject
    StaffBallotService staff;

    @Inject
    StaffRecordChecks checks;

    @Inject
    ConflictService conflicts;

    @Inject
    DecisionService decisions;

    @Inject
    VoterNames names;

    @POST
    @Path("decisions")
    @Operation(summary = "Prepare a decision (draft)")
    public Response create(DecisionForm form) {
        DecisionView view = decisions.create(form);
        return Response.created(URI.create("/api/assembly/decisions/" + view.id())).entity(view).build();
    }

    @PUT
    @Path("decisions/{id}")
    @Operation(summary = "Edit a draft decision (409 once published)")
    public DecisionView update(@PathParam("id") long id, DecisionForm form) {
        return decisions.update(id, form);
    }

    @POST
    @Path("decisions/{id}/publish")
    @Operation(summary = "Publish the notice and snapshot the roster")
    public DecisionView publish(@PathParam("id") long id) {
        return decisions.publish(id);
    }

    @POST
    @Path("decisions/{id}/extend")
    @Operation(summary = "Move the close later before it comes, with a reason (published)")
    public DecisionView extend(@PathParam("id") long id, DecisionService.ExtendRequest r) {
        return decisions.extend(id, r);
    }

    @POST
    @Path("decisions/{id}/cancel")
    @Operation(summary = "Cancel a draft or a published decision before the count, with a reason (published)")
    public DecisionView cancel(@PathParam("id") long id, DecisionService.CancelRequest r) {
        return decisions.cancel(id, r);
    }

    @POST
    @Path("decisions/{id}/close")
    @Operation(summary = "Close a decision whose window has ended, count and publish the result")
    public ResultView close(@PathParam("id") long id) {
        return tally.close(id);
    }

    @POST
    @Path("decisions/{id}/recount")
    @Operation(summary = "Count a closed decision again (after a resolved conflict), publishing the new result")
    public ResultView recount(@PathParam("id") long id) {
        return tally.recount(id);
    }

    // ---- records on owners' behalf, checks and conflicts

    @GET
    @Path("decisions/{id}/voters")
    @Operation(summary = "Voters of the decision's roster whose flat or owner's name contains q (at most 20), for paper and proxy entry")
    public List<VoterName> find(@PathParam("id") long id, @QueryParam("q") String q) {
        return names.search(decisions.requireStaff(id).id, q);
    }

    @GET
    @Path("decisions/{id}/mandates")
    public List<MandateView> mandates(@PathParam("id") long id) {
        return staff.mandates(id);
    }

    @POST
    @Path("decisions/{id}/mandates")
    @Operation(summary = "Register a written proxy mandate")
    public MandateView registerMandate(@PathParam("id") long id, MandateRequest r) {
        return staff.registerMandate(id, r);
    }

    @POST
    @Path("decisions/{id}/mandates/{mandate}/ballots")
    @Operation(summary = "Record the ballot the proxy signed under the mandate")
    public ReceiptView proxyBallot(@PathParam("id") long id, @PathParam("mandate") long mandate, CastRequest r) {
        return staff.recordProxyBallot(id, mandate, r);
    }

    @GET
    @Path("decisions/{id}/paper")
    public List<PaperEntryView> paper(@PathParam("id") long id) {
        return staff.paperEntries(id);
    }

    @POST
    @Path("decisions/{id}/paper")
    @Operation(summary = "Enter a signed paper ballot (each sheet twice, by two staff accounts)")
    public PaperEntryView enterPaper(@PathParam("id") long id, PaperRequest r) {
        return staff.enterPaper(id, r);
    }

    @POST
    @Path("decisions/{id}/paper/{entry}/void")
    public PaperEntryView voidPaper(@PathParam("id") long id, @PathParam("entry") long entry, VoidRequest r) {
        return staff.voidPaper(id, entry, r);
    }

    @POST
    @Path("decisions/{id}/deliveries")
    @Operation(summary = "Record delivery of the ballot to an owner (for the silent-majority clause)")
    public Response delivery(@PathParam("id") long id, DeliveryRequest r) {
        staff.recordDelivery(id, r);
        return Response.noContent().build();
    }

    @GET
    @Path("decisions/{id}/staff-record-checks")
    @Operation(summary = "Staff records held because the owner voted online: confirmation and the owner's answer")
    public List<CheckView> staffChecks(@PathParam("id") long id) {
        return checks.forStaff(id);
    }

    @POST
    @Path("decisions/{id}/staff-record-checks/{check}/confirm")
    @Operation(summary = "A second staff account confirms a proxy record (not the one who recorded it)")
    public CheckView confirm(@PathParam("id") long id, @PathParam("check") long check) {
        return checks.confirm(id, check);
    }

    @GET
    @Path("decisions/{id}/conflicts")
    @Operation(summary = "Open conflicts (which records of a voter disagree, never the choices) and the resolutions made")
    public Conflicts conflicts(@PathParam("id") long id) {
        return conflicts.list(id);
    }

    @POST
    @Path("decisions/{id}/conflicts/resolve")
    @Operation(summary = "Name the record of a voter's conflict that stands, with a reason (before or after the close; recount after)")
    public ResolutionView resolve(@PathParam("id") long id, ResolveRequest r) {
        return conflicts.resolve(id, r);
    }
}
