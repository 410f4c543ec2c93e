package cn.shangliang.budget;

import cn.shangliang.budget.BudgetForms.AttendanceForm;
import cn.shangliang.budget.BudgetForms.CycleForm;
import cn.shangliang.budget.BudgetForms.StartVoteForm;
import cn.shangliang.budget.BudgetForms.ProposalForm;
import cn.shangliang.budget.BudgetForms.TallyForm;
import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetForms.VoteForm;
import cn.shangliang.budget.BudgetViews.AttendeeView;
import cn.shangliang.budget.BudgetViews.CycleTrail;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ObjectionView;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.budget.BudgetViews.SelectionLineView;
import cn.shangliang.budget.BudgetViews.TallyView;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** 民生微实事 cycles as JSON: every stage a page offers, for programs. Reading is public (居务公开). */
@Path("/api/budget/cycles")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
@Authenticated
public class CycleApi {

    @Inject
    CycleService cycles;

    @Inject
    ProjectProposalService proposals;

    @Inject
    VoteService votes;

    @Inject
    SelectionService selection;

    @Inject
    NoticePeriodService notice;

    @Inject
    MoneyTrailService money;

    @Inject
    PabulibService pabulib;

    @GET
    @PermitAll
    @Operation(summary = "Cycles, the latest year first, 20 a page; optionally of one community")
    public List<CycleView> list(@QueryParam("community") Long community, @QueryParam("page") @DefaultValue("0") int page) {
        return cycles.list(community, page);
    }

    @POST
    @Operation(summary = "Open a year's cycle: budget, caps, proposal window, vote settings (community staff; MANAGE_CYCLE)")
    public Response open(CycleForm form) {
        CycleView view = cycles.open(form);
        return created(view, "/api/budget/cycles/" + view.id());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One cycle with its stage and settings")
    public CycleView get(@PathParam("id") long id) {
        return cycles.find(id);
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Close proposals and start the review (community staff; MANAGE_CYCLE)")
    public CycleView startReview(@PathParam("id") long id) {
        return cycles.startReview(id);
    }

    @POST
    @Path("{id}/vote")
    @Operation(summary = "Open the vote; a residents' vote takes voteEndsAt (Beijing time or ISO instant), default 7 days")
    public CycleView startVote(@PathParam("id") long id, StartVoteForm form) {
        return cycles.startVote(id, form);
    }

    @PUT
    @Path("{id}/vote-deadline")
    @Operation(summary = "Move an open residents' vote's deadline later (voteEndsAt, Beijing time or ISO instant); "
            + "after the deadline only when nobody voted")
    public CycleView extendVote(@PathParam("id") long id, StartVoteForm form) {
        return cycles.extendVote(id, form);
    }

    @GET
    @Path("{id}/projects")
    @PermitAll
    @Operation(summary = "The cycle's proposals and projects, in submission order")
    public List<ProjectView> projects(@PathParam("id") long id) {
        return proposals.ofCycle(id);
    }

    @POST
    @Path("{id}/proposals")
    @Operation(summary = "Propose a project while proposals are open (residents on the community roster; PROPOSE)")
    public Response propose(@PathParam("id") long id, ProposalForm form) {
        ProjectView view = proposals.propose(id, form);
        return created(view, "/api/budget/projects/" + view.id());
    }

    @POST
    @Path("{id}/paper-proposals")
    @Operation(summary = "Enter a proposal collected on paper, with the proposer's name (community staff; ENTER_PAPER)")
    public Response enterPaper(@PathParam("id") long id, ProposalForm form) {
        ProjectView view = proposals.enterPaper(id, form);
        return created(view, "/api/budget/projects/" + view.id());
    }

    @GET
    @Path("{id}/council-members")
    @Operation(summary = "The community's council members, for the attendance list of a council vote")
    public List<AttendeeView> councilMembers(@PathParam("id") long id) {
        return votes.councilMembers(cycles.find(id).communityId());
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Record the council members present at the vote meeting (staff; RECORD_ATTENDANCE)")
    public TallyView attendance(@PathParam("id") long id, AttendanceForm form) {
        return votes.recordAttendance(id, form);
    }

    @POST
    @Path("{id}/ballots/council")
    @Operation(summary = "Cast one's council ballot, approvals or scores (members present; VOTE_AS_COUNCIL)")
    public TallyView voteAsCouncil(@PathParam("id") long id, VoteForm form) {
        return votes.voteAsCouncil(id, form);
    }

    @POST
    @Path("{id}/ballots/tally")
    @Operation(summary = "Enter a present member's ballot from the paper tally (community staff; RECORD_TALLY)")
    public TallyView recordTally(@PathParam("id") long id, TallyForm form) {
        return votes.recordTally(id, form);
    }

    @POST
    @Path("{id}/ballots/resident")
    @Operation(summary = "Approve projects in a residents' vote before its deadline (residents on the roster; VOTE_AS_RESIDENT)")
    public TallyView voteAsResident(@PathParam("id") long id, VoteForm form) {
        return votes.voteAsResident(id, form);
    }

    @GET
    @Path("{id}/tally")
    @PermitAll
    @Operation(summary = "The vote so far: attendance, quorum, ballots and counts (hidden while a residents' vote is open)")
    public TallyView tally(@PathParam("id") long id) {
        return votes.tally(id);
    }

    @POST
    @Path("{id}/selection")
    @Operation(summary = "Close the vote, run the selection rule, publish the result for the notice period (staff; MANAGE_CYCLE)")
    public List<SelectionLineView> select(@PathParam("id") long id) {
        return selection.closeAndSelect(id);
    }

    @GET
    @Path("{id}/selection")
    @PermitAll
    @Operation(summary = "Why each project was or was not funded, once the selection is published")
    public List<SelectionLineView> selection(@PathParam("id") long id) {
        return selection.lines(id);
    }

    @GET
    @Path("{id}/objections")
    @PermitAll
    @Operation(summary = "Objections filed during the notice period, with their answers")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        cycles.find(id);
        return notice.objections(id);
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Object to the selected list during the notice period (residents on the roster; OBJECT)")
    public Response object(@PathParam("id") long id, TextForm form) {
        return created(notice.object(id, form));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "After the notice period, all objections answered: approve the selection (staff; MANAGE_CYCLE)")
    public CycleView confirm(@PathParam("id") long id) {
        return notice.confirm(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the year once no approved project is still running (community staff; MANAGE_CYCLE)")
    public CycleView close(@PathParam("id") long id) {
        return cycles.close(id);
    }

    @GET
    @Path("{id}/money")
    @PermitAll
    @Operation(summary = "The money trail: budget, allocated, spent and unspent, with each funded project's trail")
    public CycleTrail money(@PathParam("id") long id) {
        return money.cycle(id);
    }

    @POST
    @Path("{id}/pabulib")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import projects and ballots from a Pabulib .pb file (community staff; MANAGE_CYCLE)")
    public CycleView importPabulib(@PathParam("id") long id, String file) {
        return pabulib.importInto(id, file);
    }

    @GET
    @Path("{id}/pabulib")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The cycle's projects and ballots as a Pabulib .pb file")
    public Response exportPabulib(@PathParam("id") long id) {
        return Response.ok(pabulib.export(id))
                .header("Content-Disposition", "attachment; filename=\"budget-" + id + ".pb\"").build();
    }

    /** A 201 answer with what was made (the budget API answers with the view, not only the id). */
    static Response created(Object view) {
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    /** A 201 answer with what was made and its own address. */
    static Response created(Object view, String location) {
        return Response.created(URI.create(location)).entity(view).build();
    }
}
