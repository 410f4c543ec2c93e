package cn.shangliang.budget;

import java.time.Clock;

import cn.shangliang.budget.BudgetViews.CycleView;
import cn.shangliang.budget.rules.Comparison;
import cn.shangliang.budget.rules.EqualSharesExplanation;
import cn.shangliang.budget.rules.Explanation;
import cn.shangliang.budget.rules.GreedyExplanation;
import cn.shangliang.budget.rules.PabulibBallot;
import cn.shangliang.budget.rules.PabulibElection;
import cn.shangliang.budget.rules.PabulibFormatException;
import cn.shangliang.budget.rules.PabulibParser;
import cn.shangliang.budget.rules.PabulibProject;
import cn.shangliang.budget.rules.PabulibWriter;
import cn.shangliang.budget.rules.RuleParams;
import cn.shangliang.budget.rules.SelectionResult;
import cn.shangliang.budget.rules.SelectionRule;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pabulib interoperability: run a rule on a .pb file, import a file's projects and ballots into a cycle, and
 * export a cycle. Costs in a file are in its currency unit; we store fen, so importing multiplies by 100 and
 * exporting writes yuan with two decimals.
 */
@ApplicationScoped
public class PabulibService {

    @Inject
    Clock clock;

    @Inject
    BudgetAccess access;

    /** {@code comparison}: the comparison step's count for the {@code …-comparison} rules, else null. */
    public record Selection(String rule, List<String> selected, BigDecimal spent, List<ExplanationLine> explanations,
                            Comparison comparison) {
    }

    /**
     * One project's explanation, flattened for JSON: greedy fills rank, score, cost and remainingBefore;
     * Equal Shares fills supporters, round and the exact price per supporter ("1000/3").
     */
    public record ExplanationLine(String projectId, boolean funded, String verdict, String reason, Integer rank,
                                  BigDecimal score, BigDecimal cost, BigDecimal remainingBefore, Long supporters,
                                  Integer round, String pricePerSupporter, String perVoterBudget) {

        static ExplanationLine of(Explanation e) {
            if (e instanceof GreedyExplanation g) {
                return new ExplanationLine(g.projectId(), g.funded(), g.verdict().name(), g.reason(), g.rank(), g.score(),
                        g.cost(), g.remainingBefore(), null, null, null, null);
            }
            EqualSharesExplanation q = (EqualSharesExplanation) e;
            return new ExplanationLine(q.projectId(), q.funded(), q.verdict().name(), q.reason(), null, null, q.cost(),
                    null, q.supporters(), q.round(), text(q.pricePerSupporter()), text(q.perVoterBudget()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** Parses and runs {@code rule} (or the file's META rule) with the parameters that reproduce Pabulib files. */
    public Selection select(String text, String rule) {
        PabulibElection election = parse(text);
        String name = rule == null || rule.isBlank() ? election.rule() : rule;
        if (name == null) {
            throw DomainException.badInput("budget.pabulib.rule");
        }
        SelectionResult<? extends Explanation> result;
        try {
            result = SelectionRule.forName(name, RuleParams.pabulib(election.meta())).select(election.toSelectionInput());
        } catch (IllegalArgumentException e) {
            throw DomainException.withCode(400, "budget.pabulib.rule", "budget.pabulib.rule.unusable", e.getMessage());
        }
        return new Selection(result.rule(), result.selected(), result.spent(), result.explanations().stream()
                .map(ExplanationLine::of).toList(), result.comparison());
    }

    static PabulibElection parse(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.badInput("budget.pabulib.empty");
        }
        try {
            return PabulibParser.parse(text);
        } catch (PabulibFormatException e) {
            throw DomainException.badInputAt("budget.pabulib.format", "budget.pabulib.line",
                    List.of(new DomainException.FieldError("line", String.valueOf(e.line()))), e.line(), e.problem());
        } catch (RuntimeException e) {
            throw DomainException.badInput("budget.pabulib.format", e.getMessage());
        }
    }

    /** Adds the file's projects (accepted, marked imported) and approval ballots to a cycle still in review. */
    @Transactional
    public CycleView importInto(long cycleId, String text) {
        BudgetCycle c = access.lockCycle(cycleId, BudgetAction.MANAGE_CYCLE);
        BudgetAccess.requireStatus(c, CycleStatus.PROPOSING, CycleStatus.REVIEWING);
        PabulibElection election = parse(text);
        if (!election.voteType().approvalBased()) {
            throw DomainException.badInput("budget.pabulib.vote-type");
        }
        Map<String, Long> ids = new HashMap<>();
        for (PabulibProject pp : election.projects()) {
            BudgetProject p = new BudgetProject();
            p.cycleId = c.id;
            p.source = ProjectSource.IMPORTED;
            p.proposerName = "Pabulib";
            p.pabulibId = pp.id();
            p.title = truncate(pp.name() == null ? BudgetNotices.importedTitle(pp.id()) : pp.name(), 200);
            p.need = pp.extra().getOrDefault("description", p.title);
            p.location = truncate(pp.extra().getOrDefault("district", "—"), 200);
            p.type = type(pp.extra().get("type"));
            p.beneficiaries = truncate(pp.extra().getOrDefault("target", "—"), 300);
            p.proposedCostFen = fen(pp.cost(), pp.id());
            p.estimatedCostFen = p.proposedCostFen;
            p.status = ProjectStatus.ACCEPTED;
            p.createdAt = clock.instant();
            p.persist();
            ids.put(pp.id(), p.id);
        }
        for (PabulibBallot pb : election.ballots()) {
            BudgetBallot b = new BudgetBallot();
            b.cycleId = c.id;
            b.voterKey = truncate("pb:" + pb.voterId(), 120);
            b.source = BudgetBallot.Source.IMPORTED;
            b.recordedBy = access.actor();
            b.castAt = clock.instant();
            b.persist();
            for (String id : pb.vote()) {
                BallotChoice ch = new BallotChoice();
                ch.ballotId = b.id;
                ch.projectId = ids.get(id);
                ch.points = 1;
                ch.persist();
            }
        }
        access.record("pabulib.import", "cycle", c.id,
                BudgetNotices.pabulibImported(election.projects().size(), election.ballots().size()));
        return CycleView.of(c);
    }

    private static long fen(BigDecimal cost, String id) {
        try {
            return cost.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw DomainException.badInput("budget.pabulib.cost", id);
        }
    }

    private static ProjectType type(String value) {
        try {
            return value == null ? ProjectType.SERVICE : ProjectType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ProjectType.SERVICE;
        }
    }

    /**
     * 1 funded, 0 not selected, empty before selection. (An {@code int}-typed conditional here unboxed the null
     * and answered 500 for every cycle before its selection.)
     */
    private static Integer selected(BudgetProject p) {
        if (p.approvedFen != null) {
            return 1;
        }
        return p.status == ProjectStatus.NOT_SELECTED ? Integer.valueOf(0) : null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The cycle as a .pb file: projects that reached the vote, every ballot with an anonymous voter id. */
    public String export(long cycleId) {
        BudgetCycle c = access.cycle(cycleId);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", c.title);
        meta.put("country", "China");
        meta.put("unit", "community " + c.communityId);
        meta.put("instance", String.valueOf(c.year));
        List<BudgetProject> projects = BudgetProject.ofCycle(c.id).stream().filter(p -> p.status != ProjectStatus.SUBMITTED
                && p.status != ProjectStatus.REJECTED && p.status != ProjectStatus.MERGED).toList();
        List<BudgetBallot> ballots = BudgetBallot.list("cycleId = ?1 order by id", c.id);
        meta.put("num_projects", String.valueOf(projects.size()));
        meta.put("num_votes", String.valueOf(ballots.size()));
        meta.put("budget", BigDecimal.valueOf(c.budgetFen, 2).toPlainString());
        boolean score = c.voteMode == VoteMode.COUNCIL_SCORE;
        meta.put("vote_type", score ? "scoring" : "approval");
        meta.put("rule", c.ruleName);
        meta.put("currency", "CNY");
        meta.put("language", "zh");
        List<PabulibProject> rows = new ArrayList<>();
        for (BudgetProject p : projects) {
            long votes = BallotChoice.count("projectId = ?1 and points > 0", p.id);
            Integer selected = selected(p);
            rows.add(new PabulibProject(String.valueOf(p.id), BigDecimal.valueOf(p.estimatedCostFen, 2), votes, null,
                    p.title, selected, Map.of("type", p.type.name())));
        }
        List<PabulibBallot> votes = new ArrayList<>();
        int voter = 0;
        for (BudgetBallot b : ballots) {
            List<BallotChoice> choices = BallotChoice.list("ballotId = ?1 order by id", b.id);
            votes.add(new PabulibBallot(String.valueOf(++voter), choices.stream().map(ch -> String.valueOf(ch.projectId)).toList(),
                    score ? choices.stream().map(ch -> BigDecimal.valueOf(ch.points)).toList() : List.of(), Map.of()));
        }
        PabulibElection election = new PabulibElection(meta,
                List.of("project_id", "cost", "votes", "name", "selected", "type"), rows,
                score ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote"), votes);
        return PabulibWriter.toString(election);
    }
}
