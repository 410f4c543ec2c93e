package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hand-worked cases for greedy, greedy-no-skip and greedy-threshold. */
class GreedyRulesTest {

    /** Projects as (id, cost, score) triples, in submission order. */
    private static SelectionInput input(String budget, Object... triples) {
        List<Project> projects = new java.util.ArrayList<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            String id = (String) triples[i];
            projects.add(new Project(id, new BigDecimal((String) triples[i + 1])));
            scores.put(id, BigDecimal.valueOf((Integer) triples[i + 2]));
        }
        return new SelectionInput(new BigDecimal(budget), VoteType.APPROVAL, projects, List.of(), scores);
    }

    private static List<GreedyVerdict> verdicts(SelectionResult<GreedyExplanation> result) {
        return result.explanations().stream().map(GreedyExplanation::verdict).toList();
    }

    // budget 100: A (60) fits, B (50) not with 40 left, C (40) fills it exactly, D (10) finds nothing left
    private static final SelectionInput ABCD = input("100", "A", "60", 10, "B", "50", 9, "C", "40", 8, "D", "10", 1);

    @Test
    void greedySkipsWhatDoesNotFitAndFillsTheBudgetExactly() {
        var result = Greedy.skipping(TieBreak.PROJECT_ID).select(ABCD);

        assertEquals(List.of("A", "C"), result.selected());
        assertEquals(new BigDecimal("100"), result.spent());
        assertEquals(List.of(GreedyVerdict.FUNDED, GreedyVerdict.DOES_NOT_FIT, GreedyVerdict.FUNDED,
                GreedyVerdict.DOES_NOT_FIT), verdicts(result));
        GreedyExplanation c = result.explanations().get(2);
        assertEquals(new GreedyExplanation("C", 3, BigDecimal.valueOf(8), new BigDecimal("40"), new BigDecimal("40"),
                GreedyVerdict.FUNDED), c);
        assertEquals(BigDecimal.ZERO, result.explanations().get(3).remainingBefore());
        assertEquals("does not fit: costs 50, 40 left", result.explanations().get(1).reason());
    }

    @Test
    void greedyNoSkipStopsAtTheFirstProjectThatDoesNotFit() {
        var result = Greedy.stoppingAtFirstMiss(TieBreak.PROJECT_ID).select(ABCD);

        assertEquals(List.of("A"), result.selected());
        assertEquals(List.of(GreedyVerdict.FUNDED, GreedyVerdict.DOES_NOT_FIT, GreedyVerdict.STOPPED,
                GreedyVerdict.STOPPED), verdicts(result));
        assertEquals("stopped at first non-fitting", result.explanations().get(2).reason());
    }

    @Test
    void thresholdKeepsAScoreEqualToItAndDropsOneBelow() {
        var in = input("100", "A", "30", 5, "B", "30", 4, "C", "30", 6);

        var result = Greedy.withThreshold(BigDecimal.valueOf(5), TieBreak.PROJECT_ID).select(in);

        assertEquals(List.of("C", "A"), result.selected());
        assertEquals(GreedyVerdict.BELOW_THRESHOLD, result.explanations().get(2).verdict());
        assertEquals("below threshold: score 4", result.explanations().get(2).reason());
    }

    @Test
    void thresholdDropsBeforeTheBudgetIsConsidered() {
        // B alone would fit after A, but its score is below the threshold
        var in = input("100", "A", "90", 10, "B", "10", 2);

        var result = Greedy.withThreshold(BigDecimal.valueOf(3), TieBreak.PROJECT_ID).select(in);

        assertEquals(List.of("A"), result.selected());
    }

    @Test
    void withdrawnProjectIsNeverFundedAndDoesNotStopNoSkip() {
        var in = input("1000000000", "W", "999999999", 100, "A", "600", 50, "B", "300", 40);

        var skip = Greedy.skipping(TieBreak.PROJECT_ID).select(in);
        var noSkip = Greedy.stoppingAtFirstMiss(TieBreak.PROJECT_ID).select(in);

        assertEquals(List.of("A", "B"), skip.selected());
        assertEquals(List.of("A", "B"), noSkip.selected());
        assertEquals(GreedyVerdict.WITHDRAWN, noSkip.explanations().get(0).verdict());
        assertEquals("withdrawn (cost 999999999)", noSkip.explanations().get(0).reason());
    }

    @Test
    void pabulibTieBreakComparesIdsAsStrings() {
        // equal scores: "10" sorts before "9" as a string, so 10 is funded and 9 no longer fits
        var in = input("100", "9", "60", 7, "10", "60", 7);

        var result = Greedy.skipping(TieBreak.PROJECT_ID).select(in);

        assertEquals(List.of("10"), result.selected());
        assertEquals(1, result.explanations().get(0).rank());
        assertEquals("10", result.explanations().get(0).projectId());
    }

    @Test
    void productTieBreakPrefersTheCheaperProject() {
        var in = input("100", "10", "60", 7, "9", "50", 7);

        var result = Greedy.skipping(TieBreak.LOWER_COST_THEN_SUBMISSION).select(in);

        assertEquals(List.of("9"), result.selected());
    }

    @Test
    void productTieBreakPrefersTheEarlierSubmissionAtEqualCost() {
        var in = input("100", "B", "60", 7, "A", "60", 7);

        assertEquals(List.of("B"), Greedy.skipping(TieBreak.LOWER_COST_THEN_SUBMISSION).select(in).selected());
        assertEquals(List.of("A"), Greedy.skipping(TieBreak.PROJECT_ID).select(in).selected());
    }

    @Test
    void tieBreakComparesUnicodeCodePointsLikePython() {
        // U+FF21 (fullwidth A) is below U+1F600 as a code point, but above its surrogate pair as UTF-16
        Project fullwidth = new Project("\uFF21", BigDecimal.ONE);
        Project emoji = new Project("\uD83D\uDE00", BigDecimal.ONE);

        assertEquals(-1, Integer.signum(TieBreak.PROJECT_ID.compare(fullwidth, 0, emoji, 1)));
        assertEquals(-1, Integer.signum(TieBreak.PROJECT_ID.compare(new Project("10", BigDecimal.ONE), 0,
                new Project("9", BigDecimal.ONE), 1)));
    }

    @Test
    void decimalCostsFitExactly() {
        var in = input("100.50", "A", "50.25", 3, "B", "50.25", 2, "C", "0.01", 1);

        var result = Greedy.skipping(TieBreak.PROJECT_ID).select(in);

        assertEquals(List.of("A", "B"), result.selected());
        assertEquals(new BigDecimal("0.00"), result.explanations().get(2).remainingBefore());
        assertEquals(GreedyVerdict.DOES_NOT_FIT, result.explanations().get(2).verdict());
    }

    @Test
    void scoresFromCumulativeBallotsRankByPointsNotSupporters() {
        List<Project> projects = List.of(new Project("A", new BigDecimal("50")), new Project("B", new BigDecimal("50")));
        List<BallotChoices> ballots = List.of(
                new BallotChoices(List.of("A", "B"), List.of(BigDecimal.ONE, BigDecimal.ONE)),
                new BallotChoices(List.of("A"), List.of(BigDecimal.ONE)),
                new BallotChoices(List.of("B"), List.of(BigDecimal.TEN)));
        var in = SelectionInput.of(new BigDecimal("50"), VoteType.CUMULATIVE, projects, ballots);

        var result = Greedy.skipping(TieBreak.PROJECT_ID).select(in);

        assertEquals(List.of("B"), result.selected());
        assertEquals(BigDecimal.valueOf(11), result.explanations().get(0).score());
    }

    @Test
    void ordinalBallotsScorePositionalPoints() {
        List<Project> projects = List.of(new Project("A", BigDecimal.ONE), new Project("B", BigDecimal.ONE),
                new Project("C", BigDecimal.ONE));
        List<BallotChoices> ballots = List.of(BallotChoices.approving("A", "B", "C"), BallotChoices.approving("C", "A"));

        Map<String, BigDecimal> scores = Scores.of(VoteType.ORDINAL, projects, ballots, 3);

        assertEquals(Map.of("A", BigDecimal.valueOf(5), "B", BigDecimal.valueOf(2), "C", BigDecimal.valueOf(4)),
                scores);
    }
}
