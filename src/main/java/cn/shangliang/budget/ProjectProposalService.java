package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.common.web.Refusal;

import cn.shangliang.budget.BudgetForms.CostForm;
import cn.shangliang.budget.BudgetForms.MergeForm;
import cn.shangliang.budget.BudgetForms.ProposalForm;
import cn.shangliang.budget.BudgetForms.ReviewForm;
import cn.shangliang.budget.BudgetViews.ProjectView;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Money;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 点单 and 审核: residents propose, staff enter paper proposals, review, merge duplicates and adjust costs. */
@ApplicationScoped
public class ProjectProposalService {

    @Inject
    Clock clock;

    private static final Map<RejectReason, String> REASONS = Map.of(
            RejectReason.OVER_CAP, "超过单个项目资金上限",
            RejectReason.PROPERTY_COMPANY_DUTY, "属于物业服务企业的职责",
            RejectReason.GOVERNMENT_PROJECT, "与政府常规项目或部门职责重复",
            RejectReason.OUTSIDE_COMMUNITY, "不在本社区范围内",
            RejectReason.OTHER, "其他");

    @Inject
    BudgetAccess access;

    @Inject
    ProjectViews views;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public ProjectView propose(long cycleId, ProposalForm form) {
        BudgetCycle c = access.lockCycle(cycleId);
        access.require(c.communityId, BudgetAction.PROPOSE);
        BudgetAccess.requireStatus(c, CycleStatus.PROPOSING);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(c.proposalsOpenOn) || today.isAfter(c.proposalsCloseOn)) {
            throw DomainException.conflict("budget.proposal.window", c.proposalsOpenOn, c.proposalsCloseOn);
        }
        BudgetProject p = build(c, form, false);
        Refusal.throwIf(BudgetWorkflow.checkProposalCost(p.proposedCostFen, c.capFor(p.type)));
        p.source = ProjectSource.ONLINE;
        p.proposerAccountId = access.accountId();
        p.proposerName = access.actorName();
        return save(c, p);
    }

    @Transactional
    public ProjectView enterPaper(long cycleId, ProposalForm form) {
        BudgetCycle c = access.lockCycle(cycleId);
        access.require(c.communityId, BudgetAction.ENTER_PAPER);
        BudgetAccess.requireStatus(c, CycleStatus.PROPOSING, CycleStatus.REVIEWING);
        BudgetProject p = build(c, form, true);
        p.source = ProjectSource.PAPER;
        return save(c, p);
    }

    private BudgetProject build(BudgetCycle c, ProposalForm form, boolean paper) {
        Fields f = new Fields();
        BudgetProject p = new BudgetProject();
        p.cycleId = c.id;
        p.title = f.text("title", form.title(), 200);
        p.need = f.text("need", form.need(), 4000);
        p.location = f.text("location", form.location(), 200);
        p.type = f.required("type", form.type());
        p.beneficiaries = f.text("beneficiaries", form.beneficiaries(), 300);
        p.proposedCostFen = f.money("estimatedCostFen", form.estimatedCostFen(), 1);
        p.estimatedCostFen = p.proposedCostFen;
        if (paper) {
            p.proposerName = f.text("proposerName", form.proposerName(), 100);
        }
        f.check();
        p.status = ProjectStatus.SUBMITTED;
        p.createdAt = clock.instant();
        return p;
    }

    private ProjectView save(BudgetCycle c, BudgetProject p) {
        p.persist();
        access.record("proposal.submit", "project", p.id, (p.source == ProjectSource.PAPER ? "录入纸质点单：" : "居民点单：")
                + p.title + "，估算 " + Money.yuan(p.estimatedCostFen) + " 元", c, null, null, null);
        return views.of(p);
    }

    @Transactional
    public ProjectView review(long projectId, ReviewForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.REVIEW);
        BudgetAccess.requireStatus(c, CycleStatus.REVIEWING);
        if (form.decision() == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("decision", "field.required")));
        }
        ProjectStatus to = form.decision() == BudgetForms.Decision.ACCEPT ? ProjectStatus.ACCEPTED : ProjectStatus.REJECTED;
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, to));
        if (to == ProjectStatus.REJECTED) {
            Refusal.throwIf(BudgetWorkflow.checkReject(form.reason(), form.note()));
            p.rejectReason = form.reason();
        } else if (BudgetWorkflow.overCap(p.estimatedCostFen, c.capFor(p.type))) {
            throw DomainException.badInput("budget.review.over-cap", Money.yuan(c.capFor(p.type)));
        }
        p.status = to;
        p.reviewNote = blankToNull(form.note());
        p.reviewedAt = clock.instant();
        String summary = "「" + p.title + "」" + to.label()
                + (to == ProjectStatus.REJECTED ? "，理由：" + REASONS.get(p.rejectReason) : "")
                + (p.reviewNote == null ? "" : "（" + p.reviewNote + "）");
        access.record("proposal.review", "project", p.id, summary, c, "点单审核结果", "/budget/projects/" + p.id, null);
        return views.of(p);
    }

    @Transactional
    public ProjectView merge(long projectId, MergeForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.REVIEW);
        BudgetAccess.requireStatus(c, CycleStatus.REVIEWING);
        Fields f = new Fields();
        Long intoId = f.required("intoId", form.intoId());
        String note = f.text("note", form.note(), 2000);
        f.check();
        BudgetProject target = access.lockProject(intoId);
        if (!target.cycleId.equals(p.cycleId) || target.id.equals(p.id)
                || (target.status != ProjectStatus.SUBMITTED && target.status != ProjectStatus.ACCEPTED)) {
            throw DomainException.badInput("budget.merge.target");
        }
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, ProjectStatus.MERGED));
        p.status = ProjectStatus.MERGED;
        p.mergedIntoId = target.id;
        p.reviewNote = note;
        p.reviewedAt = clock.instant();
        access.record("proposal.merge", "project", p.id, "「" + p.title + "」与「" + target.title + "」重复，已合并：" + note,
                c, "点单合并", "/budget/projects/" + target.id, null);
        return views.of(p);
    }

    @Transactional
    public ProjectView adjustCost(long projectId, CostForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = access.cycle(p.cycleId);
        access.require(c.communityId, BudgetAction.REVIEW);
        BudgetAccess.requireStatus(c, CycleStatus.REVIEWING);
        Fields f = new Fields();
        long cost = f.money("estimatedCostFen", form.estimatedCostFen(), 1);
        String note = f.text("note", form.note(), 2000);
        f.check();
        if (p.status != ProjectStatus.SUBMITTED && p.status != ProjectStatus.ACCEPTED) {
            throw DomainException.conflict("budget.cost.closed", p.status);
        }
        if (p.status == ProjectStatus.ACCEPTED && BudgetWorkflow.overCap(cost, c.capFor(p.type))) {
            throw DomainException.withCode(400, "budget.review.over-cap", "budget.review.over-cap.adjusted", Money.yuan(c.capFor(p.type)));
        }
        String before = Money.yuan(p.estimatedCostFen);
        p.estimatedCostFen = cost;
        p.costNote = note;
        access.record("proposal.cost", "project", p.id, "「" + p.title + "」估算由 " + before + " 元调整为 " + Money.yuan(cost)
                + " 元：" + note, c, null, null, null);
        return views.of(p);
    }

    public List<ProjectView> ofCycle(long cycleId) {
        access.cycle(cycleId);
        return BudgetProject.ofCycle(cycleId).stream().map(views::of).toList();
    }

    /** The caller's own proposals, newest first, so they can follow them through every stage. */
    public List<ProjectView> mine() {
        long account = access.accountId();
        return BudgetProject.<BudgetProject>list("proposerAccountId = ?1 order by id desc", account).stream()
                .map(views::of).toList();
    }

    public boolean staff(long communityId) {
        return currentUser.authenticated() && currentUser.hasRole(Role.COMMUNITY_STAFF, access.scope(communityId));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
