package cn.shangliang.budget;

import cn.shangliang.budget.BudgetForms.AcceptanceForm;
import cn.shangliang.budget.BudgetForms.ContractForm;
import cn.shangliang.budget.BudgetForms.CostForm;
import cn.shangliang.budget.BudgetForms.MergeForm;
import cn.shangliang.budget.BudgetForms.MilestoneForm;
import cn.shangliang.budget.BudgetForms.RatingForm;
import cn.shangliang.budget.BudgetForms.ReportForm;
import cn.shangliang.budget.BudgetForms.ReviewForm;
import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetViews.ComplaintView;
import cn.shangliang.budget.BudgetViews.EvaluationView;
import cn.shangliang.budget.BudgetViews.MilestoneView;
import cn.shangliang.budget.BudgetViews.ProjectTrail;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.budget.BudgetViews.ReportView;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.shangliang.budget.CycleApi.created;

/**
 * One project through review, implementation, acceptance, evaluation and supervision, as JSON. Reading is
 * public; every change needs a login, and the services check the caller's roles.
 */
@Path("/api/budget/projects")
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
@Authenticated
public class ProjectApi {

    @Inject
    ProjectProposalService proposals;

    @Inject
    ProjectViews views;

    @Inject
    BudgetAccess access;

    @Inject
    ImplementationService implementation;

    @Inject
    MilestoneService milestones;

    @Inject
    EvaluationService evaluation;

    @Inject
    MoneyTrailService money;

    /** Everything public about a project, in one answer. */
    public record ProjectDetail(ProjectView project, List<MilestoneView> milestones, List<ReportView> reports,
                                EvaluationView evaluation, List<ComplaintView> complaints, ProjectTrail money) {
    }

    @GET
    @Path("mine")
    public List<ProjectView> mine() {
        return proposals.mine();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public ProjectDetail get(@PathParam("id") long id) {
        return new ProjectDetail(views.of(access.project(id)), implementation.milestones(id), implementation.reports(id),
                evaluation.evaluation(id), evaluation.complaints(id), money.project(id));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Accept or reject a submitted proposal (community staff; REVIEW)")
    public ProjectView review(@PathParam("id") long id, ReviewForm form) {
        return proposals.review(id, form);
    }

    @POST
    @Path("{id}/merge")
    @Operation(summary = "Merge a proposal into another of the same cycle (community staff; REVIEW)")
    public ProjectView merge(@PathParam("id") long id, MergeForm form) {
        return proposals.merge(id, form);
    }

    @POST
    @Path("{id}/cost")
    @Operation(summary = "Adjust the estimated cost in fen, with a note (community staff; REVIEW)")
    public ProjectView cost(@PathParam("id") long id, CostForm form) {
        return proposals.adjustCost(id, form);
    }

    @POST
    @Path("{id}/contract")
    @Operation(summary = "Record the implementer and the contract amount in fen (community staff; IMPLEMENT)")
    public ProjectView contract(@PathParam("id") long id, ContractForm form) {
        return implementation.contract(id, form);
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "Add a milestone with its due date (community staff; IMPLEMENT)")
    public Response milestone(@PathParam("id") long id, MilestoneForm form) {
        return created(implementation.addMilestone(id, form));
    }

    @POST
    @Path("{id}/milestones/{milestone}/outcome")
    @Operation(summary = "Mark a milestone DONE (doneOn, default today) or MISSED (note: the reason) (community staff; IMPLEMENT)")
    public MilestoneView milestoneOutcome(@PathParam("id") long id, @PathParam("milestone") long milestone,
                                          MilestoneService.OutcomeForm form) {
        return milestones.record(id, milestone, form);
    }

    @POST
    @Path("{id}/reports")
    @Operation(summary = "Report progress in percent and the expenses in fen (community staff; IMPLEMENT)")
    public Response report(@PathParam("id") long id, ReportForm form) {
        return created(implementation.report(id, form));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Record the acceptance check and the final cost in fen (community staff; ACCEPT)")
    public ProjectView accept(@PathParam("id") long id, AcceptanceForm form) {
        return implementation.accept(id, form);
    }

    @POST
    @Path("{id}/ratings")
    @Operation(summary = "Rate a finished project, 1 to 5 stars (residents on the community roster; RATE)")
    public Response rate(@PathParam("id") long id, RatingForm form) {
        return created(evaluation.rate(id, form));
    }

    @POST
    @Path("{id}/complaints")
    @Operation(summary = "File a complaint about a project (anyone logged in)")
    public Response complain(@PathParam("id") long id, TextForm form) {
        return created(evaluation.complain(id, form));
    }
}
