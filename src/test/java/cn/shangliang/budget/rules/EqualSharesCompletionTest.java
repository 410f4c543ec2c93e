package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Add1 jumps over the raises that provably buy the same projects ({@link EqualSharesRegion}); it must keep
 * exactly what raising one unit at a time keeps: the same projects, the same number of raises, the same
 * per-voter budget and prices. Random elections where the raises matter (budgets far above the shares,
 * costs with few distinct values so ties are frequent), then the unit-independence the issue asks for.
 */
class EqualSharesCompletionTest {

    @ParameterizedTest
    @EnumSource(Utilities.class)
    void jumpingKeepsWhatRaisingOneUnitAtATimeKeeps(Utilities utilities) {
        Random random = new Random(19_2026L + utilities.ordinal());
        for (int election = 0; election < 400; election++) {
            SelectionInput input = randomElection(random);
            for (TieBreak tieBreak : TieBreak.values()) {
                for (boolean stop : new boolean[] {false, true}) {
                    var result = new EqualShares(utilities, tieBreak, true, stop).select(input);
                    Stepped expected = stepped(input, utilities, tieBreak, stop);
                    String where = "election " + election + " " + tieBreak + " stop=" + stop;
                    assertEquals(expected.selected(), result.selected(), where);
                    for (EqualSharesExplanation line : result.explanations()) {
                        assertEquals(expected.step(), line.completionStep(), where);
                        assertEquals(expected.perVoter(), line.perVoterBudget(), where);
                        if (line.pricePerSupporter() != null) {
                            assertEquals(expected.prices().get(line.projectId()), line.pricePerSupporter(), where);
                        }
                    }
                }
            }
        }
    }

    /** The case: 10 voters, 4 projects, counted in fen: 1 fen at a time took minutes. */
    @Test
    void aCycleInFenIsDecidedLikeTheSameCycleInYuanWithoutSteppingEachFen() {
        List<Project> yuan = List.of(new Project("1", new BigDecimal("300000")), new Project("2", new BigDecimal("450000")),
                new Project("3", new BigDecimal("800000")), new Project("4", new BigDecimal("120000")));
        List<BallotChoices> ballots = new ArrayList<>();
        String[][] votes = {{"1", "2"}, {"1"}, {"3"}, {"3", "4"}, {"2", "4"}, {"1", "3"}, {"4"}, {"2"}, {"1", "4"}, {"3"}};
        for (String[] vote : votes) {
            ballots.add(BallotChoices.approving(vote));
        }
        SelectionInput inYuan = SelectionInput.of(new BigDecimal("1000000"), VoteType.APPROVAL, yuan, ballots);
        SelectionInput inFen = SelectionInput.of(new BigDecimal("100000000"), VoteType.APPROVAL,
                yuan.stream().map(p -> new Project(p.id(), p.cost().movePointRight(2))).toList(), ballots);
        long start = System.nanoTime();
        var fen = new EqualShares(Utilities.COST, TieBreak.LOWER_COST_THEN_SUBMISSION, true, false, Fraction.of(100))
                .select(inFen);
        long millis = (System.nanoTime() - start) / 1_000_000;
        var byYuan = new EqualShares(Utilities.COST, TieBreak.LOWER_COST_THEN_SUBMISSION, true, false).select(inYuan);
        assertEquals(byYuan.selected(), fen.selected());
        assertEquals(byYuan.explanations().get(0).completionStep(), fen.explanations().get(0).completionStep());
        assertEquals(byYuan.explanations().get(0).perVoterBudget().multiply(100), fen.explanations().get(0).perVoterBudget());
        assertTrue(millis < 1_000, "took " + millis + " ms");
    }

    private static SelectionInput randomElection(Random random) {
        int projectCount = 1 + random.nextInt(6);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            BigDecimal cost = BigDecimal.valueOf(50L * (1 + random.nextInt(8)));
            projects.add(new Project(String.valueOf(random.nextInt(3) == 0 ? 10 + p : p),
                    random.nextInt(6) == 0 ? cost.add(new BigDecimal("0.5")) : cost));
        }
        List<BallotChoices> ballots = new ArrayList<>();
        int voters = 1 + random.nextInt(9);
        for (int v = 0; v < voters; v++) {
            List<String> approved = new ArrayList<>();
            for (Project project : projects) {
                if (random.nextInt(5) < 2) {
                    approved.add(project.id());
                }
            }
            ballots.add(new BallotChoices(approved, List.of()));
        }
        BigDecimal budget = BigDecimal.valueOf(100 + random.nextInt(900));
        return SelectionInput.of(budget, VoteType.APPROVAL, projects, ballots);
    }

    private record Stepped(List<String> selected, int step, Fraction perVoter, java.util.Map<String, Fraction> prices) {
    }

    /** Add1 as it was: one full run per raise of one unit. */
    private static Stepped stepped(SelectionInput input, Utilities utilities, TieBreak tieBreak, boolean stop) {
        EqualSharesProfile profile = EqualSharesProfile.of(input);
        Fraction budget = Fraction.of(input.budget());
        Fraction perVoter = profile.voters == 0 ? Fraction.ZERO : budget.divide(profile.voters);
        EqualSharesRun kept = EqualSharesRun.run(profile, perVoter, utilities, tieBreak);
        int step = 0;
        while (!coversAll(profile, kept) && !(stop && exhaustive(profile, kept, budget))) {
            EqualSharesRun next = EqualSharesRun.run(profile, kept.perVoterBudget.add(Fraction.ONE), utilities, tieBreak);
            if (next.spent.compareTo(budget) > 0) {
                break;
            }
            kept = next;
            step++;
            if (step > 100_000) {
                throw new AssertionError("stepping does not end");
            }
        }
        java.util.Map<String, Fraction> prices = new java.util.HashMap<>();
        List<String> selected = new ArrayList<>();
        for (int p : kept.funded) {
            selected.add(profile.projects.get(p).id());
            prices.put(profile.projects.get(p).id(), kept.price(p));
        }
        return new Stepped(selected, step, kept.perVoterBudget, prices);
    }

    private static boolean coversAll(EqualSharesProfile profile, EqualSharesRun run) {
        for (int p = 0; p < profile.candidate.length; p++) {
            if (profile.candidate[p] && run.round[p] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean exhaustive(EqualSharesProfile profile, EqualSharesRun run, Fraction budget) {
        Fraction left = budget.subtract(run.spent);
        for (int p = 0; p < profile.candidate.length; p++) {
            if (profile.candidate[p] && run.round[p] < 0 && profile.cost[p].compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }
}
