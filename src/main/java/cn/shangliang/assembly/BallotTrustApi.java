package cn.shangliang.assembly;

import cn.shangliang.assembly.StaffRecordCheck.Answer;
import cn.shangliang.assembly.StaffRecordChecks.CheckView;
import cn.shangliang.assembly.StaffRecordChecks.OwnerCheckView;
import cn.shangliang.assembly.TallyViews.HistoryRow;
import cn.shangliang.assembly.TallyViews.ProofView;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.Refusal;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An owner's own ballots, proofs and answers to staff records; staff confirmation of each other's records. */
@Path("/api/assembly")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assembly")
public class BallotTrustApi {

    @Inject
    ReceiptService receipts;

    @Inject
    StaffRecordChecks checks;

    @Inject
    VotingRights rights;

    /** CONFIRMED or REJECTED, from JSON or the buttons of the owner's page. */
    public record AnswerRequest(String answer) {

        Answer parsed() {
            for (Answer a : Answer.values()) {
                if (a.name().equals(answer)) {
                    return a;
                }
            }
            throw Refusal.of(RuleViolation.invalid("bad-answer"));
        }
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
    public OwnerCheckView answer(@PathParam("id") long id, @PathParam("check") long check, AnswerRequest r) {
        return checks.answer(id, check, (r == null ? new AnswerRequest(null) : r).parsed());
    }

    @GET
    @Path("decisions/{id}/staff-record-checks")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "Staff records held because the owner voted online: confirmation and the owner's answer")
    public List<CheckView> staffChecks(@PathParam("id") long id) {
        return checks.forStaff(id);
    }

    @POST
    @Path("decisions/{id}/staff-record-checks/{check}/confirm")
    @RolesAllowed(Role.N_COMMUNITY_STAFF)
    @Operation(summary = "A second staff account confirms a proxy record (not the one who recorded it)")
    public CheckView confirm(@PathParam("id") long id, @PathParam("check") long check) {
        return checks.confirm(id, check);
    }
}
