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
    public List<CycleView> list(@QueryParam("community") Long community, @QueryParam("page") @DefaultValue("0") int page) {
        return cycles.list(community, page);
    }

    @POST
    @Authenticated
    public Response open(CycleForm form) {
        CycleView view = cycles.open(form);
        return Response.created(URI.create("/api/budget/cycles/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public CycleView get(@PathParam("id") long id) {
        return cycles.find(id);
    }

    @POST
    @Path("{id}/review")
    @Authenticated
    public CycleView startReview(@PathParam("id") long id) {
        return cycles.startReview(id);
    }

    @POST
    @Path("{id}/vote")
    @Authenticated
    @Operation(summary = "Open the vote; a residents' vote takes voteEndsAt (Beijing time or ISO instant), default 7 days")
    public CycleView startVote(@PathParam("id") long id, StartVoteForm form) {
        return cycles.startVote(id, form);
    }

    @PUT
    @Path("{id}/vote-deadline")
    @Authenticated
    @Operation(summary = "Move an open residents' vote's deadline later (voteEndsAt, Beijing time or ISO instant); "
            + "after the deadline only when nobody voted")
    public CycleView extendVote(@PathParam("id") long id, StartVoteForm form) {
        return cycles.extendVote(id, form);
    }

    @GET
    @Path("{id}/projects")
    @PermitAll
    public List<ProjectView> projects(@PathParam("id") long id) {
        return proposals.ofCycle(id);
    }

    @POST
    @Path("{id}/proposals")
    @Authenticated
    public Response propose(@PathParam("id") long id, ProposalForm form) {
        ProjectView view = proposals.propose(id, form);
        return Response.created(URI.create("/api/budget/projects/" + view.id())).entity(view).build();
    }

    @POST
    @Path("{id}/paper-proposals")
    @Authenticated
    public Response enterPaper(@PathParam("id") long id, ProposalForm form) {
        ProjectView view = proposals.enterPaper(id, form);
        return Response.created(URI.create("/api/budget/projects/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}/council-members")
    @Authenticated
    public List<AttendeeView> councilMembers(@PathParam("id") long id) {
        return votes.councilMembers(cycles.find(id).communityId());
    }

    @PUT
    @Path("{id}/attendance")
    @Authenticated
    public TallyView attendance(@PathParam("id") long id, AttendanceForm form) {
        return votes.recordAttendance(id, form);
    }

    @POST
    @Path("{id}/ballots/council")
    @Authenticated
    public TallyView voteAsCouncil(@PathParam("id") long id, VoteForm form) {
        return votes.voteAsCouncil(id, form);
    }

    @POST
    @Path("{id}/ballots/tally")
    @Authenticated
    public TallyView recordTally(@PathParam("id") long id, TallyForm form) {
        return votes.recordTally(id, form);
    }

    @POST
    @Path("{id}/ballots/resident")
    @Authenticated
    public TallyView voteAsResident(@PathParam("id") long id, VoteForm form) {
        return votes.voteAsResident(id, form);
    }

    @GET
    @Path("{id}/tally")
    @PermitAll
    public TallyView tally(@PathParam("id") long id) {
        return votes.tally(id);
    }

    @POST
    @Path("{id}/selection")
    @Authenticated
    public List<SelectionLineView> select(@PathParam("id") long id) {
        return selection.closeAndSelect(id);
    }

    @GET
    @Path("{id}/selection")
    @PermitAll
    public List<SelectionLineView> selection(@PathParam("id") long id) {
        return selection.lines(id);
    }

    @GET
    @Path("{id}/objections")
    @PermitAll
    public List<ObjectionView> objections(@PathParam("id") long id) {
        cycles.find(id);
        return notice.objections(id);
    }

    @POST
    @Path("{id}/objections")
    @Authenticated
    public Response object(@PathParam("id") long id, TextForm form) {
        return Response.status(201).entity(notice.object(id, form)).build();
    }

    @POST
    @Path("{id}/confirm")
    @Authenticated
    public CycleView confirm(@PathParam("id") long id) {
        return notice.confirm(id);
    }

    @POST
    @Path("{id}/close")
    @Authenticated
    public CycleView close(@PathParam("id") long id) {
        return cycles.close(id);
    }

    @GET
    @Path("{id}/money")
    @PermitAll
    public CycleTrail money(@PathParam("id") long id) {
        return money.cycle(id);
    }

    @POST
    @Path("{id}/pabulib")
    @Authenticated
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public CycleView importPabulib(@PathParam("id") long id, String file) {
        return pabulib.importInto(id, file);
    }

    @GET
    @Path("{id}/pabulib")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response exportPabulib(@PathParam("id") long id) {
        return Response.ok(pabulib.export(id))
                .header("Content-Disposition", "attachment; filename=\"budget-" + id + ".pb\"").build();
    }
}
