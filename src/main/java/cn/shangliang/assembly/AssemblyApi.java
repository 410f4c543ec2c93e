package cn.shangliang.assembly;

import cn.shangliang.assembly.TallyViews.ReceiptLookup;
import cn.shangliang.assembly.TallyViews.TurnoutView;
import cn.shangliang.assembly.TallyViews.VerificationView;
import cn.shangliang.assembly.StaffRecordChecks.OwnerCheckView;
import cn.shangliang.assembly.TallyViews.HistoryRow;
import cn.shangliang.assembly.TallyViews.ProofView;
import cn.shangliang.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Owners' assembly decisions as JSON: what anyone may read (decisions, turnout, receipts, results, the public
 * verification record), and an owner's own with their card (cast, change, withdraw, history, proofs, answers to
 * staff records, inspections of their ballots). Staff work through {@link AssemblyStaffApi}; the same services as
 * the pages.
 */
@Path("/api/assembly")
@Blocking
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assembly")
public class AssemblyApi {

    @Inject
    ReceiptService receipts;

    @Inject
    PublicRecordService records;

    @Inject
    DecisionViews views;

    @Inject
    TallyService tally;

    @Inject
    BallotService ballots;

    @Inject
    StaffRecordChecks checks;

    @Inject
    VotingRights rights;

    @Inject
    BallotInspectionService inspections;

    @GET
    @Path("decisions")
    @Operation(summary = "Published decisions, newest first (with the caller's drafts for staff)")
    public List<DecisionView> list(@QueryParam("estate") Long estate, @QueryParam("page") @DefaultValue("0") int page) {
        return views.page(estate, page);
    }

    @GET
    @Path("decisions/{id}")
    public DecisionView get(@PathParam("id") long id) {
        return views.get(id);
    }

    @GET
    @Path("decisions/{id}/turnout")
    @Operation(summary = "Participation (area and heads) against the 2/3 quorum, without choices")
    public TurnoutView turnout(@PathParam("id") long id) {
        return tally.turnout(id);
    }

    @GET
    @Path("receipts/{code}")
    @Operation(summary = "Whether a receipt's ballot is counted (or superseded, or not counted and why); the choice only for its card holder, logged in")
    public ReceiptLookup receipt(@PathParam("code") String code) {
        return receipts.lookup(code);
    }

    @GET
    @Path("decisions/{id}/result")
    public ResultView result(@PathParam("id") long id) {
        return tally.result(id);
    }

    @GET
    @Path("decisions/{id}/verification")
    @Operation(summary = "The public record: result with small groups merged, Merkle root, counted ballots' leaf hashes (1,000 a page)")
    public VerificationView verification(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page) {
        return records.verification(id, page);
    }

    // ---- the owner's own, with their card

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
    @Operation(summary = "Withdraw the caller's ballot (voterKey: which of the caller's votes), before the close")
    public ReceiptView withdraw(@PathParam("id") long id, @QueryParam("voterKey") String voterKey) {
        return ballots.withdraw(id, voterKey);
    }

    @GET
    @Path("receipts/{code}/proof")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "The card holder's own counted ballot: leaf contents and inclusion proof against the published Merkle root")
    public ProofView proof(@PathParam("code") String code) {
        return receipts.proof(code);
    }

    @GET
    @Path("decisions/{id}/my-ballots")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "The card holder's own ballot history: cast, changed, withdrawn, in every channel, with times")
    public List<HistoryRow> myBallots(@PathParam("id") long id) {
        return receipts.history(id);
    }

    @GET
    @Path("decisions/{id}/my-voting-rights")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "The card holder's voting rights on the decision by plain names (flats, co-owners), with the voterKey to cast for each")
    public List<VotingRights.VotingRight> myVotingRights(@PathParam("id") long id) {
        return rights.ofCaller(id);
    }

    @GET
    @Path("decisions/{id}/my-records")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "Proxy or paper records staff made for the card holder who also voted online")
    public List<OwnerCheckView> myRecords(@PathParam("id") long id) {
        return checks.forOwner(id);
    }

    @POST
    @Path("decisions/{id}/my-records/{check}/answer")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "The owner confirms (CONFIRMED) or rejects (REJECTED) a staff record made in their name")
    public OwnerCheckView answer(@PathParam("id") long id, @PathParam("check") long check, StaffRecordChecks.AnswerRequest r) {
        return checks.answer(id, check, (r == null ? new StaffRecordChecks.AnswerRequest(null) : r).parsed());
    }

    @GET
    @Path("decisions/{id}/my-inspections")
    @RolesAllowed(Role.N_OWNER)
    @Operation(summary = "Approved inspections that included the card holder's ballots")
    public List<BallotInspectionService.InspectionView> myInspections(@PathParam("id") long id) {
        return inspections.forOwner(views.visible(id));
    }
}
