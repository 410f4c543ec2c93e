package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.common.web.Refusal;

import cn.shangliang.budget.BudgetViews.SelectionLineView;
import cn.shangliang.budget.rules.BallotChoices;
import cn.shangliang.budget.rules.EqualSharesExplanation;
import cn.shangliang.budget.rules.Explanation;
import cn.shangliang.budget.rules.GreedyExplanation;
import cn.shangliang.budget.rules.Project;
import cn.shangliang.budget.rules.RuleParams;
import cn.shangliang.budget.rules.SelectionInput;
import cn.shangliang.budget.rules.SelectionResult;
import cn.shangliang.budget.rules.SelectionRule;
import cn.shangliang.budget.rules.VoteType;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.rules.Threshold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closes the vote and lets the cycle's selection rule choose the funded projects within the budget; the
 * result, project by project, is kept as published and the notice period (公示) starts.
 *
 * <p>Under a council vote a project must first be supported by the configured majority of the members
 * present (our product rule, DOMAIN.md §2 "decision by majority"); the others are listed as such and left out
 * of the rule's input.
 */
@ApplicationScoped
public class SelectionService {

    @Inject
    Clock clock;

    static final String BELOW_MAJORITY = "BELOW_MAJORITY";

    @Inject
    BudgetAccess access;

    @Inject
    ProjectNotices projectNotices;

    @Transactional
    public List<SelectionLineView> closeAndSelect(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        select(c, access.actor());
        return lines(c.id);
    }

    /** Residents' votes whose deadline has passed and that have ballots: the closer moves them on. */
    public List<Long> dueIds() {
        return BudgetCycle.<BudgetCycle>list("status = ?1 and voteEndsAt <= ?2", CycleStatus.VOTING, clock.instant())
                .stream().filter(c -> BudgetBallot.count("cycleId", c.id) > 0).map(c -> c.id).toList();
    }

    /** Closes a residents' vote whose deadline has passed, as the system (issue 19); false if nothing was due. */
    @Transactional
    public boolean closeIfDue(long cycleId) {
        BudgetCycle c = access.lockCycle(cycleId);
        if (c.status != CycleStatus.VOTING || c.voteEndsAt == null || clock.instant().isBefore(c.voteEndsAt)) {
            return false;
        }
        select(c, SYSTEM_ACTOR);
        return true;
    }

    static final String SYSTEM_ACTOR = "system:budget-vote-close";

    private void select(BudgetCycle c, String actor) {
        Refusal.throwIf(BudgetWorkflow.CYCLE.check(c.status, CycleStatus.NOTICE));
        long present = Attendee.count("cycleId", c.id);
        if (c.voteMode.council() && (c.membersTotal == null || !Threshold.parse(c.quorum).isMetBy(present, c.membersTotal))) {
            throw DomainException.conflict("budget.vote.no-quorum", c.quorum);
        }
        List<BudgetBallot> ballots = BudgetBallot.list("cycleId = ?1 order by id", c.id);
        if (ballots.isEmpty()) {
            throw DomainException.conflict("budget.vote.no-ballots");
        }
        List<BudgetProject> candidates = BudgetProject.ofCycle(c.id, ProjectStatus.ACCEPTED);
        Map<Long, List<BallotChoice>> byBallot = BallotChoice.<BallotChoice>list("ballotId in ?1",
                ballots.stream().map(b -> b.id).toList()).stream().collect(Collectors.groupingBy(ch -> ch.ballotId));
        Set<Long> eligible = eligible(c, candidates, byBallot, present);

        List<Project> projects = new ArrayList<>();
        Map<String, BudgetProject> byId = new HashMap<>();
        for (BudgetProject p : candidates) {
            byId.put(String.valueOf(p.id), p);
            if (eligible.contains(p.id)) {
                projects.add(new Project(String.valueOf(p.id), BigDecimal.valueOf(p.estimatedCostFen)));
            }
        }
        boolean score = c.voteMode == VoteMode.COUNCIL_SCORE;
        List<BallotChoices> plain = new ArrayList<>();
        for (BudgetBallot b : ballots) {
            List<String> ids = new ArrayList<>();
            List<BigDecimal> points = new ArrayList<>();
            for (BallotChoice ch : byBallot.getOrDefault(b.id, List.of())) {
                if (eligible.contains(ch.projectId)) {
                    ids.add(String.valueOf(ch.projectId));
                    points.add(BigDecimal.valueOf(ch.points));
                }
            }
            plain.add(new BallotChoices(ids, score ? points : List.of()));
        }
        SelectionInput input = SelectionInput.of(BigDecimal.valueOf(c.budgetFen),
                score ? VoteType.SCORING : VoteType.APPROVAL, projects, plain);
        SelectionResult<? extends Explanation> result = SelectionRule.forName(c.ruleName, params(c)).select(input);
        c.comparisonPreferEs = result.comparison() == null ? null : result.comparison().preferEqualShares();
        c.comparisonPreferGreedy = result.comparison() == null ? null : result.comparison().preferGreedy();

        int position = 0;
        List<String> funded = new ArrayList<>();
        for (Explanation e : result.explanations()) {
            BudgetProject p = byId.get(e.projectId());
            line(c, p, ++position, e).persist();
            p.status = e.funded() ? ProjectStatus.SELECTED : ProjectStatus.NOT_SELECTED;
            if (e.funded()) {
                p.approvedFen = p.estimatedCostFen;
                funded.add(BudgetNotices.fundedLine(p));
            }
        }
        for (BudgetProject p : candidates) {
            if (!eligible.contains(p.id)) {
                SelectionLine line = blankLine(c, p, ++position);
                line.verdict = BELOW_MAJORITY;
                line.supporters = supporters(p.id, byBallot);
                line.reason = BudgetNotices.belowMajority(c.majority);
                line.persist();
                p.status = ProjectStatus.NOT_SELECTED;
            }
        }
        c.status = CycleStatus.NOTICE;
        projectNotices.moved(c, candidates);
        c.noticeEndsAt = clock.instant().plus(Duration.ofDays(c.noticeDays));
        access.recordAs(actor, "vote.select", "cycle", c.id, BudgetNotices.selected(c, funded),
                c, BudgetNotices.SELECTED, "/budget/cycles/" + c.id + "/selection", c.noticeEndsAt);
    }

    static RuleParams params(BudgetCycle c) {
        return RuleParams.product().withMinScore(c.minVotes == null ? null : BigDecimal.valueOf(c.minVotes));
    }

    /** Council votes: supported by the majority of those present. Residents' votes: every accepted project. */
    private static Set<Long> eligible(BudgetCycle c, List<BudgetProject> candidates, Map<Long, List<BallotChoice>> byBallot,
                                      long present) {
        Set<Long> eligible = new HashSet<>();
        Threshold majority = Threshold.parse(c.majority);
        for (BudgetProject p : candidates) {
            long supporters = supporters(p.id, byBallot);
            if (!c.voteMode.council() || (present > 0 && majority.isMetBy(Math.min(supporters, present), present))) {
                eligible.add(p.id);
            }
        }
        return eligible;
    }

    private static long supporters(long projectId, Map<Long, List<BallotChoice>> byBallot) {
        return byBallot.values().stream().flatMap(List::stream).filter(ch -> ch.projectId == projectId && ch.points > 0).count();
    }

    private static SelectionLine blankLine(BudgetCycle c, BudgetProject p, int position) {
        SelectionLine line = new SelectionLine();
        line.cycleId = c.id;
        line.projectId = p.id;
        line.position = position;
        line.costFen = p.estimatedCostFen;
        return line;
    }

    private static SelectionLine line(BudgetCycle c, BudgetProject p, int position, Explanation e) {
        SelectionLine line = blankLine(c, p, position);
        line.funded = e.funded();
        line.reason = e.reason();
        if (e instanceof GreedyExplanation g) {
            line.verdict = g.verdict().name();
            line.score = g.score();
            line.remainingBeforeFen = g.remainingBefore().setScale(0, RoundingMode.DOWN).longValueExact();
        } else if (e instanceof EqualSharesExplanation es) {
            line.verdict = es.verdict().name();
            line.supporters = es.supporters();
            line.score = BigDecimal.valueOf(es.supporters());
            line.pricePerSupporter = es.pricePerSupporter() == null ? null : es.pricePerSupporter().toString();
        }
        return line;
    }

    /** The published selection, in the rule's order, with prices per supporter shown in yuan (rounded for display). */
    public List<SelectionLineView> lines(long cycleId) {
        access.cycle(cycleId);
        List<SelectionLineView> views = new ArrayList<>();
        for (SelectionLine l : SelectionLine.ofCycle(cycleId)) {
            BudgetProject p = BudgetProject.findById(l.projectId);
            BigDecimal priceYuan = l.pricePerSupporter == null ? null
                    : cn.shangliang.budget.rules.Fraction.parse(l.pricePerSupporter).toBigDecimal(4, RoundingMode.HALF_UP)
                    .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            views.add(new SelectionLineView(l.projectId, p.title, l.position, l.funded, l.verdict, l.score, l.costFen,
                    l.remainingBeforeFen, l.supporters, l.pricePerSupporter, priceYuan, l.reason));
        }
        return views;
    }
}
