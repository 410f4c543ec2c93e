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
import io.quarkus.qute.CheckedTemplate;
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

    @CheckedTemplate(basePath = "budget", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance project(CycleView cycle, ProjectApi.ProjectDetail detail, BudgetAccess.Powers can,
                                               List<ProjectView> mergeTargets, RejectReason[] reasons,
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
    EvaluationService evaluation;

    @Inject
    MoneyTrailService money;

    @Inject
    BudgetAccess access;

    @GET
    @Path("projects/{id}")
    @PermitAll
    public TemplateInstance project(@PathParam("id") long id) {
        ProjectApi.ProjectDetail detail = api.get(id);
        CycleView cycle = cycles.find(detail.project().cycleId());
        List<ProjectView> targets = proposals.ofCycle(cycle.id()).stream().filter(p -> p.id() != id
                && (p.status() == ProjectStatus.SUBMITTED || p.status() == ProjectStatus.ACCEPTED)).toList();
        return Templates.project(cycle, detail, access.powers(cycle.communityId()), targets, RejectReason.values(),
                ImplementerKind.values(), AcceptanceResult.values());
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

    @POST
    @Path("projects/{id}/{action}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @PathParam("action") String action, MultivaluedMap<String, String> form) {
        FormReader f = new FormReader(form);
        switch (action) {
            case "review" -> proposals.review(id, f.done(new ReviewForm(f.choice("decision", BudgetForms.Decision.class),
                    f.choice("reason", RejectReason.class), f.text("note"))));
            case "merge" -> proposals.merge(id, f.done(new MergeForm(f.id("intoId"), f.text("note"))));
            case "cost" -> proposals.adjustCost(id, f.done(new CostForm(f.yuan("estimatedCost"), f.text("note"))));
            case "contract" -> implementation.contract(id, f.done(new ContractForm(f.text("implementerName"),
                    f.choice("implementerKind", ImplementerKind.class), f.yuan("contract"), f.text("councilDecision"),
                    f.date("contractedOn"))));
            case "milestones" -> implementation.addMilestone(id, f.done(new MilestoneForm(f.text("title"), f.date("dueOn"))));
            case "reports" -> implementation.report(id, f.done(report(f)));
            case "acceptance" -> implementation.accept(id, f.done(new AcceptanceForm(f.choice("result", AcceptanceResult.class),
                    f.text("items"), f.text("representatives"), f.yuan("finalCost"))));
            case "ratings" -> evaluation.rate(id, f.done(new RatingForm(f.integer("stars"), f.text("comment"))));
            case "complaints" -> evaluation.complain(id, new TextForm(f.text("text")));
            case "complaint-answer" -> {
                Long complaint = f.done(f.id("complaintId"));
                evaluation.answerComplaint(complaint == null ? -1 : complaint, new TextForm(f.text("text")));
            }
            default -> throw cn.shangliang.common.web.DomainException.notFound("not-found.action");
        }
        return redirect("/budget/projects/" + id);
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
