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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/** 点单 and 审核: residents propose, staff enter paper proposals, review, merge duplicates and adjust costs. */
@ApplicationScoped
public class ProjectProposalService {

    @Inject
    Clock clock;

    @Inject
    BudgetAccess access;

    @Inject
    ProjectNotices projectNotices;

    @Inject
    ProjectViews views;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public ProjectView propose(long cycleId, @Valid @NotNull ProposalForm form) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.PROPOSE);
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
        return save(p);
    }

    @Transactional
    public ProjectView enterPaper(long cycleId, @Valid @NotNull ProposalForm form) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.ENTER_PAPER);
        BudgetAccess.requireStatus(c, CycleStatus.PROPOSING, CycleStatus.REVIEWING);
        BudgetProject p = build(c, form, true);
        p.source = ProjectSource.PAPER;
        return save(p);
    }

    private BudgetProject build(BudgetCycle c, ProposalForm form, boolean paper) {
        BudgetProject p = new BudgetProject();
        p.cycleId = c.id;
        p.title = form.title().strip();
        p.need = form.need().strip();
        p.location = form.location().strip();
        p.type = form.type();
        p.beneficiaries = form.beneficiaries().strip();
        p.proposedCostFen = form.estimatedCostFen();
        p.estimatedCostFen = p.proposedCostFen;
        if (paper) {
            p.proposerName = blankToNull(form.proposerName());
            if (p.proposerName == null) {
                throw DomainException.invalid(List.of(new DomainException.FieldError("proposerName", "field.required")));
            }
        }
        p.status = ProjectStatus.SUBMITTED;
        p.createdAt = clock.instant();
        return p;
    }

    private ProjectView save(BudgetProject p) {
        p.persist();
        access.record("proposal.submit", "project", p.id, BudgetNotices.proposed(p));
        return views.of(p);
    }

    @Transactional
    public ProjectView review(long projectId, @Valid @NotNull ReviewForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = underReview(p);
        ProjectStatus to = form.decision() == BudgetForms.Decision.ACCEPT ? ProjectStatus.ACCEPTED : ProjectStatus.REJECTED;
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, to));
        if (to == ProjectStatus.REJECTED) {
            Refusal.throwIf(BudgetWorkflow.checkReject(form.reason(), form.note()));
            p.rejectReason = form.reason();
        } else if (BudgetWorkflow.overCap(p.estimatedCostFen, c.capFor(p.type))) {
            throw DomainException.badInput("budget.review.over-cap", Money.yuan(c.capFor(p.type)));
        }
        decide(c, p, to, blankToNull(form.note()));
        access.record("proposal.review", "project", p.id, BudgetNotices.reviewed(p, to), c, BudgetNotices.REVIEWED, "/budget/projects/" + p.id, null);
        return views.of(p);
    }

    @Transactional
    public ProjectView merge(long projectId, @Valid @NotNull MergeForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = underReview(p);
        String note = form.note().strip();
        BudgetProject target = access.lockProject(form.intoId());
        if (!target.cycleId.equals(p.cycleId) || target.id.equals(p.id)
                || (target.status != ProjectStatus.SUBMITTED && target.status != ProjectStatus.ACCEPTED)) {
            throw DomainException.badInput("budget.merge.target");
        }
        Refusal.throwIf(BudgetWorkflow.PROJECT.check(p.status, ProjectStatus.MERGED));
        p.mergedIntoId = target.id;
        decide(c, p, ProjectStatus.MERGED, note);
        access.record("proposal.merge", "project", p.id, BudgetNotices.merged(p, target, note),
                c, BudgetNotices.MERGED, "/budget/projects/" + target.id, null);
        return views.of(p);
    }

    @Transactional
    public ProjectView adjustCost(long projectId, @Valid @NotNull CostForm form) {
        BudgetProject p = access.lockProject(projectId);
        BudgetCycle c = underReview(p);
        long cost = form.estimatedCostFen();
        String note = form.note().strip();
        if (p.status != ProjectStatus.SUBMITTED && p.status != ProjectStatus.ACCEPTED) {
            throw DomainException.conflict("budget.cost.closed", p.status);
        }
        if (p.status == ProjectStatus.ACCEPTED && BudgetWorkflow.overCap(cost, c.capFor(p.type))) {
            throw DomainException.withCode(400, "budget.review.over-cap", "budget.review.over-cap.adjusted", Money.yuan(c.capFor(p.type)));
        }
        String before = Money.yuan(p.estimatedCostFen);
        p.estimatedCostFen = cost;
        p.costNote = note;
        access.record("proposal.cost", "project", p.id, BudgetNotices.costAdjusted(p, before, cost, note));
        return views.of(p);
    }

    /** Review's checks: community staff, while the cycle is in review. */
    private BudgetCycle underReview(BudgetProject p) {
        BudgetCycle c = access.cycleFor(p, BudgetAction.REVIEW);
        BudgetAccess.requireStatus(c, CycleStatus.REVIEWING);
        return c;
    }

    /** A review's outcome for the proposal, with its note; its proposer is told. */
    private void decide(BudgetCycle c, BudgetProject p, ProjectStatus to, String note) {
        p.status = to;
        p.reviewNote = note;
        p.reviewedAt = clock.instant();
        projectNotices.moved(c, p);
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
