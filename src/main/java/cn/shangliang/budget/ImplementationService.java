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
import jakarta.transaction.Transactional;

import java.time.Instant;
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
    public ProjectView contract(long projectId, ContractForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.IMPLEMENT);
        Fields f = new Fields();
        String name = f.text("implementerName", form.implementerName(), 200);
        ImplementerKind kind = f.required("implementerKind", form.implementerKind());
        long amount = f.money("contractFen", form.contractFen(), 1);
        String decision = f.optionalText("councilDecision", form.councilDecision(), 300);
        f.check();
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, ProjectStatus.IMPLEMENTING));
        Refusal.throwIf(BudgetWorkflow.checkContract(amount, p.approvedFen, decision));
        p.implementerName = name;
        p.implementerKind = kind;
        p.contractFen = amount;
        p.contractDecision = decision;
        p.contractedOn = form.contractedOn() == null ? LocalDate.now(clock) : form.contractedOn();
        p.status = ProjectStatus.IMPLEMENTING;
        access.record("project.contract", "project", p.id, "「" + p.title + "」由" + name + "实施，合同金额 "
                        + Money.yuan(amount) + " 元" + (decision == null ? "" : "（依据议事会决议：" + decision + "）"),
                c, "项目开始实施", "/budget/projects/" + p.id, null);
        return views.of(p);
    }

    @Transactional
    public MilestoneView addMilestone(long projectId, MilestoneForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.IMPLEMENT);
        requireImplementing(p, ProjectStatus.APPROVED);
        Fields f = new Fields();
        Milestone m = new Milestone();
        m.projectId = p.id;
        m.title = f.text("title", form.title(), 200);
        m.dueOn = f.required("dueOn", form.dueOn());
        f.check();
        m.persist();
        access.record("project.milestone", "project", p.id, "「" + p.title + "」节点：" + m.title + "，" + m.dueOn, c, null, null, null);
        return MilestoneView.of(m, LocalDate.now(clock));
    }

    @Transactional
    public ReportView report(long projectId, ReportForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.IMPLEMENT);
        requireImplementing(p);
        Fields f = new Fields();
        ProgressReport r = new ProgressReport();
        r.projectId = p.id;
        r.text = f.text("text", form.text(), 4000);
        r.percent = f.range("percent", form.percent(), 0, 100);
        List<ExpenseForm> expenses = form.expenses() == null ? List.of() : form.expenses();
        long added = 0;
        for (ExpenseForm e : expenses) {
            f.text("expenses.description", e.description(), 300);
            added += f.money("expenses.amountFen", e.amountFen(), 1);
        }
        f.check();
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
        access.record("project.report", "project", p.id, "「" + p.title + "」进度 " + r.percent + "%：" + r.text
                        + "。本期支出 " + Money.yuan(added) + " 元，累计 " + Money.yuan(spent + added) + " 元。",
                c, "项目进度", "/budget/projects/" + p.id, null);
        return toView(r);
    }

    @Transactional
    public ProjectView accept(long projectId, AcceptanceForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.ACCEPT);
        Fields f = new Fields();
        AcceptanceResult result = f.required("result", form.result());
        String representatives = f.text("representatives", form.representatives(), 300);
        long finalCost = f.money("finalCostFen", form.finalCostFen(), 0);
        f.check();
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
        access.record("project.accept", "project", p.id, "「" + p.title + "」验收：" + to.label() + "，决算 "
                        + Money.yuan(finalCost) + " 元；参加验收的居民代表：" + representatives
                        + (p.acceptanceItems == null ? "" : "；整改事项：" + p.acceptanceItems),
                c, "项目验收", "/budget/projects/" + p.id, null);
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
