package cn.shangliang.budget;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;

import cn.shangliang.common.web.Money;
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
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import cn.shangliang.common.web.TemplateExtensions;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.time.LocalDate;
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
    private static final DateTimeFormatter VOTE_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TemplateExtensions.ZONE);
    static final Set<String> RULES = Set.of("greedy", "greedy-no-skip", "greedy-threshold", "equalshares/add1",
            "equalshares/add1-comparison", "equalshares-comparison");

    @Inject
    BudgetAccess access;

    /** Shenzhen standard: about 200万元 a year per community. */

    /** 罗湖: works ≤ 100万, services and goods ≤ 50万. */

    @Transactional
    public CycleView open(CycleForm form) {
        Fields f = new Fields();
        Long communityId = f.required("communityId", form.communityId());
        if (communityId != null) {
            access.require(communityId, BudgetAction.MANAGE_CYCLE);
        }
        BudgetCycle c = new BudgetCycle();
        c.year = f.range("year", form.year(), 2000, 2100);
        c.title = form.title() == null || form.title().isBlank() ? c.year + "年民生微实事" : f.text("title", form.title(), 200);
        c.budgetFen = f.money("budgetFen", or(form.budgetFen(), settings.defaultBudgetFen()), 0);
        c.capWorksFen = f.money("capWorksFen", or(form.capWorksFen(), settings.defaultCapWorksFen()), 1);
        c.capServiceFen = f.money("capServiceFen", or(form.capServiceFen(), settings.defaultCapServiceFen()), 1);
        c.capGoodsFen = f.money("capGoodsFen", or(form.capGoodsFen(), settings.defaultCapGoodsFen()), 1);
        c.proposalsOpenOn = form.proposalsOpenOn() == null ? LocalDate.now(clock) : form.proposalsOpenOn();
        c.proposalsCloseOn = form.proposalsCloseOn() == null ? c.proposalsOpenOn.plusDays(30) : form.proposalsCloseOn();
        if (c.proposalsCloseOn.isBefore(c.proposalsOpenOn)) {
            f.error("proposalsCloseOn", "field.budget.close-before-open");
        }
        c.noticeDays = f.range("noticeDays", form.noticeDays() == null ? settings.defaultNoticeDays() : form.noticeDays(), 1, 60);
        c.quorum = threshold(f, "quorum", form.quorum(), "> 2/3");
        c.majority = threshold(f, "majority", form.majority(), "> 1/2");
        c.voteMode = form.voteMode() == null ? VoteMode.COUNCIL_APPROVAL : form.voteMode();
        c.maxApprovals = f.range("maxApprovals", form.maxApprovals() == null ? 5 : form.maxApprovals(), 1, 100);
        c.maxScore = f.range("maxScore", form.maxScore() == null ? 5 : form.maxScore(), 1, 100);
        c.ruleName = form.rule() == null || form.rule().isBlank() ? "greedy" : form.rule().strip().toLowerCase();
        c.minVotes = form.minVotes();
        checkRule(f, c);
        f.check();
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
        access.record("cycle.open", "cycle", c.id, "开启 " + c.year + " 年民生微实事征集，年度资金 "
                        + Money.yuan(c.budgetFen) + " 元，征集期 " + c.proposalsOpenOn + " 至 "
                        + c.proposalsCloseOn + "。", c, "开始征集居民点单", "/budget/cycles/" + c.id, null);
        return CycleView.of(c);
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private static String threshold(Fields f, String field, String text, String fallback) {
        String value = text == null || text.isBlank() ? fallback : text.strip();
        try {
            Threshold.parse(value);
        } catch (IllegalArgumentException e) {
            f.error(field, "field.budget.threshold");
        }
        return value;
    }

    private static void checkRule(Fields f, BudgetCycle c) {
        if (!RULES.contains(c.ruleName)) {
            f.error("rule", "可选规则：" + String.join("、", RULES.stream().sorted().toList()));
            return;
        }
        if (c.ruleName.startsWith("equalshares") && c.voteMode == VoteMode.COUNCIL_SCORE) {
            f.error("rule", "field.budget.equal-shares-approval");
        }
        if (c.minVotes != null && c.minVotes < 0) {
            f.error("minVotes", "field.not-negative");
        }
        try {
            SelectionRule.forName(c.ruleName, RuleParams.product()
                    .withMinScore(c.minVotes == null ? null : BigDecimal.valueOf(c.minVotes)));
        } catch (IllegalArgumentException e) {
            f.error("minVotes", "field.budget.min-votes");
        }
    }

    @Transactional
    public CycleView startReview(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId);
        access.require(c.communityId, BudgetAction.MANAGE_CYCLE);
        Refusal.throwIf(BudgetWorkflow.CYCLE.check(c.status, CycleStatus.REVIEWING));
        c.status = CycleStatus.REVIEWING;
        notifications.toAccounts(NotificationKind.BUDGET_UPDATE, proposers(c), "budget-cycle", c.id, c.communityId,
                "/budget/cycles/" + c.id, c.title, "label:CycleStatus.REVIEWING");
        access.record("cycle.review", "cycle", c.id, "点单征集结束，共收到 "
                        + BudgetProject.count("cycleId", c.id) + " 个点单，进入审核筛选。", c, "征集结束，进入审核",
                "/budget/cycles/" + c.id, null);
        return CycleView.of(c);
    }

    @Transactional
    public CycleView startVote(long cycleId, StartVoteForm form) {
        BudgetCycle c = access.lockCycle(cycleId);
        access.require(c.communityId, BudgetAction.MANAGE_CYCLE);
        Refusal.throwIf(c.status != CycleStatus.REVIEWING ? BudgetWorkflow.CYCLE.check(c.status, CycleStatus.VOTING)
                : BudgetWorkflow.checkStartVote(BudgetProject.count("cycleId = ?1 and status = ?2", c.id, ProjectStatus.SUBMITTED),
                BudgetProject.count("cycleId = ?1 and status = ?2", c.id, ProjectStatus.ACCEPTED)));
        if (c.voteMode == VoteMode.RESIDENTS_APPROVAL) {
            Instant now = clock.instant();
            Instant endsAt = form == null || form.voteEndsAt() == null ? now.plus(Duration.ofDays(DEFAULT_VOTE_DAYS))
                    : form.voteEndsAt();
            Refusal.throwIf(BudgetWorkflow.checkVoteDeadline(endsAt, now));
            c.voteEndsAt = endsAt;
        }
        c.status = CycleStatus.VOTING;
        notifications.toAccounts(NotificationKind.BUDGET_UPDATE, proposers(c), "budget-cycle", c.id, c.communityId,
                "/budget/cycles/" + c.id, c.title, "label:CycleStatus.VOTING");
        access.record("cycle.vote", "cycle", c.id, "审核结束，" + BudgetProject.count("cycleId = ?1 and status = ?2",
                        c.id, ProjectStatus.ACCEPTED) + " 个项目进入票决。"
                        + (c.voteEndsAt == null ? "" : "居民投票截止：" + VOTE_END.format(c.voteEndsAt) + "。"),
                c, "进入票决", "/budget/cycles/" + c.id + "/vote", c.voteEndsAt);
        return CycleView.of(c);
    }

    @Transactional
    public CycleView close(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId);
        access.require(c.communityId, BudgetAction.MANAGE_CYCLE);
        Refusal.throwIf(BudgetWorkflow.CYCLE.check(c.status, CycleStatus.CLOSED));
        long open = BudgetProject.count("cycleId = ?1 and status in ?2", c.id,
                List.of(ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTING, ProjectStatus.RECTIFYING));
        if (open > 0) {
            throw DomainException.conflict("budget.cycle.projects-open", open);
        }
        c.status = CycleStatus.CLOSED;
        access.record("cycle.close", "cycle", c.id, "本年度民生微实事全部项目已验收，年度结束。", c, "年度结束",
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
