package cn.shangliang.budget;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;

import cn.shangliang.common.web.Money;
import cn.shangliang.budget.BudgetForms.AcceptanceForm;
import cn.shangliang.budget.BudgetForms.ContractForm;
import cn.shangliang.budget.BudgetForms.ExpenseForm;
import cn.shangliang.budget.BudgetForms.MilestoneForm;
import cn.shangliang.budget.BudgetForms.ReportForm;
import cn.shangliang.budget.BudgetViews.ExpenseView;
import cn.shangliang.budget.BudgetViews.MilestoneView;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.budget.BudgetViews.ReportView;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** 实施 and 验收: the implementer and contract, milestones, monthly progress with expenses, acceptance. */
@ApplicationScoped
public class ImplementationService {

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    BudgetAccess access;

    @Inject
    ProjectViews views;

    @Transactional
    public ProjectView contract(long projectId, @Valid @NotNull ContractForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycleFor(p, BudgetAction.IMPLEMENT);
        String name = form.implementerName().strip();
        ImplementerKind kind = form.implementerKind();
        long amount = form.contractFen();
        String decision = ProjectProposalService.blankToNull(form.councilDecision());
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, ProjectStatus.IMPLEMENTING));
        Refusal.throwIf(BudgetWorkflow.checkContract(amount, p.approvedFen, decision));
        p.implementerName = name;
        p.implementerKind = kind;
        p.contractFen = amount;
        p.contractDecision = decision;
        p.contractedOn = form.contractedOn() == null ? LocalDate.now(clock) : form.contractedOn();
        p.status = ProjectStatus.IMPLEMENTING;
        access.record("project.contract", "project", p.id, BudgetNotices.contracted(p, name, amount, decision),
                c, BudgetNotices.CONTRACTED, "/budget/projects/" + p.id, null);
        return views.of(p);
    }

    @Transactional
    public MilestoneView addMilestone(long projectId, @Valid @NotNull MilestoneForm form) {
        BudgetProject p = access.lockProject(projectId);
        access.cycleFor(p, BudgetAction.IMPLEMENT);
        requireImplementing(p, ProjectStatus.APPROVED);
        Milestone m = new Milestone();
        m.projectId = p.id;
        m.title = form.title().strip();
        m.dueOn = form.dueOn();
        m.persist();
        access.record("project.milestone", "project", p.id, BudgetNotices.milestone(p, m.title, m.dueOn));
        return MilestoneView.of(m, LocalDate.now(clock));
    }

    @Transactional
    public ReportView report(long projectId, @Valid @NotNull ReportForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycleFor(p, BudgetAction.IMPLEMENT);
        requireImplementing(p);
        ProgressReport r = new ProgressReport();
        r.projectId = p.id;
        r.text = form.text().strip();
        r.percent = form.percent();
        List<ExpenseForm> expenses = form.expenses() == null ? List.of() : form.expenses();
        long added = expenses.stream().mapToLong(ExpenseForm::amountFen).sum();
        long spent = Expense.spentFen(p.id);
        if (spent + added > p.contractFen) {
            throw DomainException.badInput("budget.report.over-contract", Money.yuan(p.contractFen));
        }
        r.reportedOn = LocalDate.now(clock);
        r.reportedBy = access.actor();
        r.persist();
        for (ExpenseForm e : expenses) {
            Expense x = new Expense();
            x.projectId = p.id;
            x.reportId = r.id;
            x.description = e.description().strip();
            x.amountFen = e.amountFen();
            x.persist();
        }
        access.record("project.report", "project", p.id, BudgetNotices.report(p, r, added, spent + added),
                c, BudgetNotices.PROGRESS, "/budget/projects/" + p.id, null);
        return toView(r);
    }

    @Transactional
    public ProjectView accept(long projectId, @Valid @NotNull AcceptanceForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycleFor(p, BudgetAction.ACCEPT);
        AcceptanceResult result = form.result();
        String representatives = form.representatives().strip();
        long finalCost = form.finalCostFen();
        ProjectStatus to = switch (result) {
            case PASSED -> ProjectStatus.COMPLETED;
            case RECTIFY -> ProjectStatus.RECTIFYING;
            case FAILED -> ProjectStatus.FAILED;
        };
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, to));
        Refusal.throwIf(BudgetWorkflow.checkAcceptance(result, form.items(), finalCost, p.contractFen));
        p.status = to;
        p.acceptanceResult = result;
        p.acceptanceItems = ProjectProposalService.blankToNull(form.items());
        p.acceptanceRepresentatives = representatives;
        p.finalCostFen = finalCost;
        p.acceptedAt = clock.instant();
        if (p.proposerAccountId != null) {
            notifications.toAccounts(NotificationKind.BUDGET_UPDATE, List.of(p.proposerAccountId), "budget-project", p.id,
                    c.communityId, "/budget/projects/" + p.id, p.title, "label:ProjectStatus." + to.name());
        }
        if (to == ProjectStatus.COMPLETED) {
            // Passing acceptance opens the residents' evaluation (评价): everyone who may rate hears of it.
            notifications.toAccounts(NotificationKind.BUDGET_EVALUATION, notifications.residentAccounts(c.communityId),
                    "budget-project", p.id, c.communityId, "/budget/projects/" + p.id, p.title);
        }
        access.record("project.accept", "project", p.id, BudgetNotices.accepted(p, to, finalCost, representatives),
                c, BudgetNotices.ACCEPTED, "/budget/projects/" + p.id, null);
        return views.of(p);
    }

    private static void requireImplementing(BudgetProject p, ProjectStatus... also) {
        boolean ok = p.status == ProjectStatus.IMPLEMENTING || p.status == ProjectStatus.RECTIFYING;
        for (ProjectStatus s : also) {
            ok |= p.status == s;
        }
        if (!ok) {
            throw DomainException.conflict("budget.project.not-implementing", p.status);
        }
    }

    public List<MilestoneView> milestones(long projectId) {
        LocalDate today = LocalDate.now(clock);
        return Milestone.ofProject(projectId).stream().map(m -> MilestoneView.of(m, today)).toList();
    }

    public List<ReportView> reports(long projectId) {
        return ProgressReport.ofProject(projectId).stream().map(ImplementationService::toView).toList();
    }

    private static ReportView toView(ProgressReport r) {
        List<ExpenseView> expenses = Expense.<Expense>list("reportId = ?1 order by id", r.id).stream()
                .map(e -> new ExpenseView(e.description, e.amountFen)).toList();
        return new ReportView(r.id, r.text, r.percent, r.reportedOn, expenses);
    }
}
