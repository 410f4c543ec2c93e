package cn.shangliang.budget;

import cn.shangliang.budget.BudgetForms.AcceptanceForm;
import cn.shangliang.budget.BudgetForms.ContractForm;
import cn.shangliang.budget.BudgetForms.CostForm;
import cn.shangliang.budget.BudgetForms.ExpenseForm;
import cn.shangliang.budget.BudgetForms.MergeForm;
import cn.shangliang.budget.BudgetForms.MilestoneForm;
import cn.shangliang.budget.BudgetForms.RatingForm;
import cn.shangliang.budget.BudgetForms.ReportForm;
import cn.shangliang.budget.BudgetForms.ReviewForm;
import cn.shangliang.budget.BudgetForms.TextForm;
import cn.shangliang.budget.BudgetViews.CycleTrail;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.common.web.FormPipeline;
import cn.shangliang.common.web.FormState;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

import static cn.shangliang.budget.CyclePages.redirect;

/** A project's page through every later stage, the caller's own proposals, and the money trail. */
@Path("/budget")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {

    @CheckedTemplate(basePath = "budget")
    static class Templates {
        static native TemplateInstance project(CycleView cycle, ProjectApi.ProjectDetail detail, BudgetAccess.Powers can,
                                               List<ProjectView> mergeTargets, RejectReason[] reasons,
                                               ImplementerKind[] kinds, AcceptanceResult[] results,
                                               MilestoneOutcome outcome);

        static native TemplateInstance mine(List<ProjectView> projects);

        static native TemplateInstance money(CycleView cycle, CycleTrail trail);
    }

    @Inject
    ProjectApi api;

    @Inject
    CycleService cycles;

    @Inject
    ProjectProposalService proposals;

    @Inject
    ImplementationService implementation;

    @Inject
    MilestoneService milestones;

    @Inject
    FormPipeline forms;

    @Inject
    EvaluationService evaluation;

    @Inject
    MoneyTrailService money;

    @Inject
    BudgetAccess access;

    /** The milestone outcome form as typed, for the milestone it was sent for (none: every form is fresh). */
    @TemplateData
    public record MilestoneOutcome(long milestoneId, FormState form) {
        public FormState formFor(long milestone) {
            return milestone == milestoneId ? form : FormState.empty();
        }
    }

    @GET
    @Path("projects/{id}")
    @PermitAll
    public TemplateInstance project(@PathParam("id") long id) {
        return project(id, new MilestoneOutcome(-1, FormState.empty()));
    }

    private TemplateInstance project(long id, MilestoneOutcome outcome) {
        ProjectApi.ProjectDetail detail = api.get(id);
        CycleView cycle = cycles.find(detail.project().cycleId());
        List<ProjectView> targets = proposals.ofCycle(cycle.id()).stream().filter(p -> p.id() != id
                && (p.status() == ProjectStatus.SUBMITTED || p.status() == ProjectStatus.ACCEPTED)).toList();
        return Templates.project(cycle, detail, access.powers(cycle.communityId()), targets, RejectReason.values(),
                ImplementerKind.values(), AcceptanceResult.values(), outcome);
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff mark a milestone done or missed (issue 19). */
    @POST
    @Path("projects/{id}/milestones/{milestone}/outcome")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response milestoneOutcome(@PathParam("id") long id, @PathParam("milestone") long milestone,
                                     MultivaluedMap<String, String> form) {
        return forms.submit(form, MilestoneService.OutcomeForm.class, f -> {
            milestones.record(id, milestone, f);
            return redirect("/budget/projects/" + id + "#milestone-" + milestone);
        }, state -> project(id, new MilestoneOutcome(milestone, state)));
    }

    @GET
    @Path("mine")
    @Authenticated
    public TemplateInstance mine() {
        return Templates.mine(proposals.mine());
    }

    @GET
    @Path("cycles/{id}/money")
    @PermitAll
    public TemplateInstance money(@PathParam("id") long id) {
        return Templates.money(cycles.find(id), money.cycle(id));
    }

    /** {@link BudgetAction#REVIEW}: community staff accept or reject a proposal. */
    @POST
    @Path("projects/{id}/review")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        proposals.review(id, f.done(new ReviewForm(f.choice("decision", BudgetForms.Decision.class),
                f.choice("reason", RejectReason.class), f.text("note"))));
        return back(id);
    }

    /** {@link BudgetAction#REVIEW}: community staff merge a proposal into another. */
    @POST
    @Path("projects/{id}/merge")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        proposals.merge(id, f.done(new MergeForm(f.id("intoId"), f.text("note"))));
        return back(id);
    }

    /** {@link BudgetAction#REVIEW}: community staff adjust the estimated cost, with a note. */
    @POST
    @Path("projects/{id}/cost")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cost(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        proposals.adjustCost(id, f.done(new CostForm(f.yuan("estimatedCost"), f.text("note"))));
        return back(id);
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff record the implementer's contract. */
    @POST
    @Path("projects/{id}/contract")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contract(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        implementation.contract(id, f.done(new ContractForm(f.text("implementerName"),
                f.choice("implementerKind", ImplementerKind.class), f.yuan("contract"), f.text("councilDecision"),
                f.date("contractedOn"))));
        return back(id);
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff add a milestone. */
    @POST
    @Path("projects/{id}/milestones")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response milestone(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        implementation.addMilestone(id, f.done(new MilestoneForm(f.text("title"), f.date("dueOn"))));
        return back(id);
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff report progress and expenses. */
    @POST
    @Path("projects/{id}/reports")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        implementation.report(id, f.done(report(f)));
        return back(id);
    }

    /** {@link BudgetAction#ACCEPT}: community staff record the acceptance check. */
    @POST
    @Path("projects/{id}/acceptance")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        implementation.accept(id, f.done(new AcceptanceForm(f.choice("result", AcceptanceResult.class),
                f.text("items"), f.text("representatives"), f.yuan("finalCost"))));
        return back(id);
    }

    /** {@link BudgetAction#RATE}: residents on the roster rate a finished project. */
    @POST
    @Path("projects/{id}/ratings")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        evaluation.rate(id, f.done(new RatingForm(f.integer("stars"), f.text("comment"))));
        return back(id);
    }

    /** Anyone logged in may complain about a project (not in the permissions table). */
    @POST
    @Path("projects/{id}/complaints")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complain(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        evaluation.complain(id, new TextForm(new FormReader(form).text("text")));
        return back(id);
    }

    /** {@link BudgetAction#ANSWER_COMPLAINT}: the supervisor answers a complaint. */
    @POST
    @Path("projects/{id}/complaint-answer")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answerComplaint(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        Long complaint = f.done(f.id("complaintId"));
        evaluation.answerComplaint(complaint == null ? -1 : complaint, new TextForm(f.text("text")));
        return back(id);
    }

    private static Response back(long projectId) {
        return redirect("/budget/projects/" + projectId);
    }

    /** Up to three expense lines per report form; empty lines are ignored. */
    private static ReportForm report(FormReader f) {
        List<ExpenseForm> expenses = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String description = f.text("expense" + i);
            Long amount = f.yuan("amount" + i);
            if (description != null || amount != null) {
                expenses.add(new ExpenseForm(description, amount));
            }
        }
        return new ReportForm(f.text("text"), f.integer("percent"), expenses);
    }
}
