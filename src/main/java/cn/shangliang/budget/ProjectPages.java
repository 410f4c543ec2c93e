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
import cn.shangliang.common.web.PageForms;
import cn.shangliang.common.web.TypedInYuan;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.util.function.Consumer;

import static cn.shangliang.budget.CyclePages.redirect;

/** A project's page through every later stage, the caller's own proposals, and the money trail. */
@Path("/budget")
@Blocking
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class ProjectPages {

    @CheckedTemplate(basePath = "budget")
    static class Templates {
        static native TemplateInstance project(CycleView cycle, ProjectApi.ProjectDetail detail, BudgetAccess.Powers can,
                                               ProjectActions actions, PageForms forms, List<ProjectView> mergeTargets, RejectReason[] reasons,
                                               ImplementerKind[] kinds, AcceptanceResult[] results);

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
    EvaluationService evaluation;

    @Inject
    MoneyTrailService money;

    @Inject
    BudgetAccess access;

    @Inject
    FormPipeline forms;

    @GET
    @Path("projects/{id}")
    @PermitAll
    public TemplateInstance project(@PathParam("id") long id) {
        return page(id, PageForms.fresh());
    }

    private TemplateInstance page(long id, PageForms forms) {
        ProjectApi.ProjectDetail detail = api.get(id);
        CycleView cycle = cycles.find(detail.project().cycleId());
        List<ProjectView> targets = proposals.ofCycle(cycle.id()).stream().filter(p -> p.id() != id
                && BudgetWorkflow.PROJECT.allows(p.status(), ProjectStatus.MERGED)).toList();
        BudgetAccess.Powers can = access.powers(cycle.communityId());
        return Templates.project(cycle, detail, can,
                ProjectActions.of(can, cycle.status(), detail.project().status(), !targets.isEmpty()), forms, targets,
                RejectReason.values(), ImplementerKind.values(), AcceptanceResult.values());
    }

    @GET
    @Path("mine")
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
    public Response review(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "review", form, ReviewForm.class, f -> proposals.review(id, f));
    }

    /** {@link BudgetAction#REVIEW}: community staff merge a proposal into another. */
    @POST
    @Path("projects/{id}/merge")
    public Response merge(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "merge", form, MergeForm.class, f -> proposals.merge(id, f));
    }

    /** {@link BudgetAction#REVIEW}: community staff adjust the estimated cost, with a note. */
    @POST
    @Path("projects/{id}/cost")
    public Response cost(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "cost", form, CostForm.class, f -> proposals.adjustCost(id, f));
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff record the implementer's contract. */
    @POST
    @Path("projects/{id}/contract")
    public Response contract(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "contract", form, ContractForm.class, f -> implementation.contract(id, f));
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff add a milestone. */
    @POST
    @Path("projects/{id}/milestones")
    public Response milestone(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "milestone", form, MilestoneForm.class, f -> implementation.addMilestone(id, f));
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff report progress and expenses. */
    @POST
    @Path("projects/{id}/reports")
    public Response report(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "report", form, ReportLines.class, f -> implementation.report(id, f.report()));
    }

    /** {@link BudgetAction#ACCEPT}: community staff record the acceptance check. */
    @POST
    @Path("projects/{id}/acceptance")
    public Response acceptance(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "acceptance", form, AcceptanceForm.class, f -> implementation.accept(id, f));
    }

    /** {@link BudgetAction#RATE}: residents on the roster rate a finished project. */
    @POST
    @Path("projects/{id}/ratings")
    public Response rate(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "rating", form, RatingForm.class, f -> evaluation.rate(id, f));
    }

    /** Anyone logged in may complain about a project (not in the permissions table). */
    @POST
    @Path("projects/{id}/complaints")
    public Response complain(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "complaint", form, TextForm.class, f -> evaluation.complain(id, f));
    }

    /** {@link BudgetAction#ANSWER_COMPLAINT}: the supervisor answers a complaint. */
    @POST
    @Path("projects/{id}/complaint-answer")
    public Response answerComplaint(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return submit(id, "answer", form, ComplaintAnswer.class, f -> evaluation.answerComplaint(f.complaintId(), new TextForm(f.text())));
    }

    /** A supervisor's answer: which complaint, and the text. */
    public record ComplaintAnswer(@NotNull(message = "field.required") Long complaintId, String text) {
    }

    /** The report form of the page: up to three expense lines typed in yuan; empty lines are left out. */
    public record ReportLines(String text, Integer percent, String expense1, @TypedInYuan("amount1") Long amount1,
                              String expense2, @TypedInYuan("amount2") Long amount2,
                              String expense3, @TypedInYuan("amount3") Long amount3) {

        ReportForm report() {
            List<ExpenseForm> expenses = new ArrayList<>();
            line(expenses, expense1, amount1);
            line(expenses, expense2, amount2);
            line(expenses, expense3, amount3);
            return new ReportForm(text, percent, expenses);
        }

        private static void line(List<ExpenseForm> expenses, String description, Long amount) {
            if (description != null || amount != null) {
                expenses.add(new ExpenseForm(description, amount));
            }
        }
    }

    /** A form of the project page through the pipeline: back to the page, or the page again as typed. */
    private <T> Response submit(long id, String name, MultivaluedMap<String, String> form, Class<T> type, Consumer<T> use) {
        return forms.submit("/budget/projects/" + id, name, form, type, use, f -> page(id, f));
    }

    /** {@link BudgetAction#IMPLEMENT}: community staff mark a milestone done or missed (issue 19). */
    @POST
    @Path("projects/{id}/milestones/{milestone}/outcome")
    public Response milestoneOutcome(@PathParam("id") long id, @PathParam("milestone") long milestone,
                                     MultivaluedMap<String, String> form) {
        return forms.submit(form, MilestoneService.OutcomeForm.class, f -> {
            milestones.record(id, milestone, f);
            return redirect("/budget/projects/" + id + "#milestone-" + milestone);
        }, state -> page(id, new PageForms("milestone-" + milestone, state)));
    }

    private static Response back(long projectId) {
        return redirect("/budget/projects/" + projectId);
    }
}
