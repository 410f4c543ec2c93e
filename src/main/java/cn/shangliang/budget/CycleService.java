package cn.shangliang.budget;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;

import cn.shangliang.budget.BudgetForms.CycleForm;
import cn.shangliang.budget.BudgetForms.StartVoteForm;
import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.rules.RuleParams;
import cn.shangliang.budget.rules.SelectionRule;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.rules.Threshold;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Opening a cycle and moving it through the stages that need no vote: proposing → review → vote, and closing. */
@ApplicationScoped
public class CycleService {

    @Inject
    Notifications notifications;

    @Inject
    BudgetConfig settings;

    @Inject
    Clock clock;

    public static final int PAGE_SIZE = 20;
    /** How long a residents' vote runs when staff do not say (a week: two weekends would be more than needed). */
    public static final int DEFAULT_VOTE_DAYS = 7;
    static final Set<String> RULES = Set.of("greedy", "greedy-no-skip", "greedy-threshold", "equalshares/add1",
            "equalshares/add1-comparison", "equalshares-comparison");

    @Inject
    BudgetAccess access;

    /** Shenzhen standard: about 200万元 a year per community. */

    /** 罗湖: works ≤ 100万, services and goods ≤ 50万. */

    @Transactional
    public CycleView open(@Valid @NotNull CycleForm form) {
        Long communityId = form.communityId();
        access.require(communityId, BudgetAction.MANAGE_CYCLE);
        List<DomainException.FieldError> wrong = new ArrayList<>();
        BudgetCycle c = new BudgetCycle();
        c.year = form.year();
        c.title = form.title() == null || form.title().isBlank() ? BudgetNotices.defaultTitle(c.year) : form.title().strip();
        c.budgetFen = or(form.budgetFen(), settings.defaultBudgetFen());
        c.capWorksFen = or(form.capWorksFen(), settings.defaultCapWorksFen());
        c.capServiceFen = or(form.capServiceFen(), settings.defaultCapServiceFen());
        c.capGoodsFen = or(form.capGoodsFen(), settings.defaultCapGoodsFen());
        c.proposalsOpenOn = form.proposalsOpenOn() == null ? LocalDate.now(clock) : form.proposalsOpenOn();
        c.proposalsCloseOn = form.proposalsCloseOn() == null ? c.proposalsOpenOn.plusDays(30) : form.proposalsCloseOn();
        if (c.proposalsCloseOn.isBefore(c.proposalsOpenOn)) {
            wrong.add(new DomainException.FieldError("proposalsCloseOn", "field.budget.close-before-open"));
        }
        c.noticeDays = form.noticeDays() == null ? settings.defaultNoticeDays() : form.noticeDays();
        c.quorum = threshold(wrong, "quorum", form.quorum(), "> 2/3");
        c.majority = threshold(wrong, "majority", form.majority(), "> 1/2");
        c.voteMode = form.voteMode() == null ? VoteMode.COUNCIL_APPROVAL : form.voteMode();
        c.maxApprovals = form.maxApprovals() == null ? 5 : form.maxApprovals();
        c.maxScore = form.maxScore() == null ? 5 : form.maxScore();
        c.ruleName = form.rule() == null || form.rule().isBlank() ? "greedy" : form.rule().strip().toLowerCase();
        c.minVotes = form.minVotes();
        checkRule(wrong, c);
        if (!wrong.isEmpty()) {
            throw DomainException.invalid(wrong);
        }
        if (BudgetCycle.count("communityId = ?1 and year = ?2", communityId, c.year) > 0) {
            throw DomainException.conflict("budget.cycle.exists", c.year);
        }
        c.communityId = communityId;
        c.status = CycleStatus.PROPOSING;
        c.createdAt = clock.instant();
        c.createdBy = access.actor();
        try {
            c.persistAndFlush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("budget.cycle.exists", c.year);
        }
        access.record("cycle.open", "cycle", c.id, BudgetNotices.cycleOpened(c), c, BudgetNotices.CYCLE_OPENED, "/budget/cycles/" + c.id, null);
        return CycleView.of(c);
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private static String threshold(List<DomainException.FieldError> wrong, String field, String text, String fallback) {
        String value = text == null || text.isBlank() ? fallback : text.strip();
        try {
            Threshold.parse(value);
        } catch (IllegalArgumentException e) {
            wrong.add(new DomainException.FieldError(field, "field.budget.threshold"));
        }
        return value;
    }

    private static void checkRule(List<DomainException.FieldError> wrong, BudgetCycle c) {
        if (!RULES.contains(c.ruleName)) {
            wrong.add(DomainException.FieldError.of("rule", "field.budget.rule", String.join(", ", RULES.stream().sorted().toList())));
            return;
        }
        if (c.ruleName.startsWith("equalshares") && c.voteMode == VoteMode.COUNCIL_SCORE) {
            wrong.add(new DomainException.FieldError("rule", "field.budget.equal-shares-approval"));
        }
        try {
            SelectionRule.forName(c.ruleName, RuleParams.product()
                    .withMinScore(c.minVotes == null ? null : BigDecimal.valueOf(c.minVotes)));
        } catch (IllegalArgumentException e) {
            wrong.add(new DomainException.FieldError("minVotes", "field.budget.min-votes"));
        }
    }

    @Transactional
    public CycleView startReview(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        Refusal.throwIf(BudgetWorkflow.CYCLE.check(c.status, CycleStatus.REVIEWING));
        c.status = CycleStatus.REVIEWING;
        notifications.toAccounts(NotificationKind.BUDGET_UPDATE, proposers(c), "budget-cycle", c.id, c.communityId,
                "/budget/cycles/" + c.id, c.title, "label:CycleStatus.REVIEWING");
        access.record("cycle.review", "cycle", c.id, BudgetNotices.reviewStarted(BudgetProject.count("cycleId", c.id)),
                c, BudgetNotices.REVIEW_STARTED,
                "/budget/cycles/" + c.id, null);
        return CycleView.of(c);
    }

    @Transactional
    public CycleView startVote(long cycleId, StartVoteForm form) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        Refusal.throwIf(c.status != CycleStatus.REVIEWING ? BudgetWorkflow.CYCLE.check(c.status, CycleStatus.VOTING)
                : BudgetWorkflow.checkStartVote(BudgetProject.count("cycleId = ?1 and status = ?2", c.id, ProjectStatus.SUBMITTED),
                BudgetProject.count("cycleId = ?1 and status = ?2", c.id, ProjectStatus.ACCEPTED)));
        if (c.voteMode.hasDeadline()) {
            Instant now = clock.instant();
            Instant endsAt = form == null || form.voteEndsAt() == null ? now.plus(Duration.ofDays(DEFAULT_VOTE_DAYS))
                    : form.voteEndsAt();
            Refusal.throwIf(BudgetWorkflow.checkVoteDeadline(endsAt, now));
            c.voteEndsAt = endsAt;
        }
        c.status = CycleStatus.VOTING;
        notifications.toAccounts(NotificationKind.BUDGET_UPDATE, proposers(c), "budget-cycle", c.id, c.communityId,
                "/budget/cycles/" + c.id, c.title, "label:CycleStatus.VOTING");
        access.record("cycle.vote", "cycle", c.id, BudgetNotices.voteStarted(BudgetProject.count(
                "cycleId = ?1 and status = ?2", c.id, ProjectStatus.ACCEPTED))
                        + (c.voteEndsAt == null ? "" : BudgetNotices.voteEnds(c.voteEndsAt)),
                c, BudgetNotices.VOTE_STARTED, "/budget/cycles/" + c.id + "/vote", c.voteEndsAt);
        return CycleView.of(c);
    }

    /** Staff move a residents' vote's deadline later (issue 19), e.g. when nobody voted in time. */
    @Transactional
    public CycleView extendVote(long cycleId, StartVoteForm form) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        if (c.status != CycleStatus.VOTING || !c.voteMode.hasDeadline()) {
            throw DomainException.conflict("budget.vote.not-residents-open");
        }
        Instant endsAt = form == null ? null : form.voteEndsAt();
        Refusal.throwIf(BudgetWorkflow.checkExtendVote(c.voteEndsAt, endsAt, clock.instant(),
                BudgetBallot.count("cycleId", c.id)));
        c.voteEndsAt = endsAt;
        access.record("cycle.vote-deadline", "cycle", c.id, BudgetNotices.voteEnds(endsAt), c, BudgetNotices.VOTE_EXTENDED,
                "/budget/cycles/" + c.id + "/vote", endsAt);
        return CycleView.of(c);
    }

    @Transactional
    public CycleView close(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        Refusal.throwIf(BudgetWorkflow.CYCLE.check(c.status, CycleStatus.CLOSED));
        long open = BudgetProject.count("cycleId = ?1 and status in ?2", c.id,
                List.of(ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTING, ProjectStatus.RECTIFYING));
        if (open > 0) {
            throw DomainException.conflict("budget.cycle.projects-open", open);
        }
        c.status = CycleStatus.CLOSED;
        access.record("cycle.close", "cycle", c.id, BudgetNotices.cycleClosed(), c, BudgetNotices.CYCLE_CLOSED,
                "/budget/cycles/" + c.id + "/money", null);
        return CycleView.of(c);
    }

    public CycleView find(long cycleId) {
        return CycleView.of(access.cycle(cycleId));
    }

    public List<CycleView> list(Long communityId, int page) {
        var query = communityId == null ? BudgetCycle.<BudgetCycle>find("order by year desc, id desc")
                : BudgetCycle.<BudgetCycle>find("communityId = ?1 order by year desc, id desc", communityId);
        return query.page(Page.of(Math.max(page, 0), PAGE_SIZE)).list().stream().map(CycleView::of).toList();
    }

    /** The accounts that proposed projects in the cycle: they hear of its stage changes. */
    private static List<Long> proposers(BudgetCycle c) {
        return BudgetProject.<BudgetProject>list("cycleId = ?1 and proposerAccountId is not null", c.id).stream()
                .map(p -> p.proposerAccountId).toList();
    }
}
