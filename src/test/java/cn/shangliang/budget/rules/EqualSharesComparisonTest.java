package cn.shangliang.budget.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison step (issue 18): small elections built so that each side wins, a tie, and real elections. */
class EqualSharesComparisonTest {

    /** Abstract units, raised by one as Pabulib does (our cycles raise by 100 fen). */
    private static final RuleParams IDS = RuleParams.product().withTieBreak(TieBreak.PROJECT_ID).withRaise(BigDecimal.ONE);

    private static Project project(String id, String cost) {
        return new Project(id, new BigDecimal(cost));
    }

    private static SelectionInput approval(String budget, List<Project> projects, BallotChoices... ballots) {
        return SelectionInput.of(new BigDecimal(budget), VoteType.APPROVAL, projects, List.of(ballots));
    }

    private static SelectionResult<? extends Explanation> compare(SelectionInput input) {
        return SelectionRule.forName("equalshares-comparison", IDS).select(input);
    }

    /*
     * 4 voters, 40, so 10 each. A (40) by v1 v2 v3, B (20) by v3 v4, C (20) by v1 v2.
     * Greedy by votes: A (3 votes) takes all 40: {A}. Equal Shares: A's supporters hold 30 < 40; B and C cost
     * 10 a supporter (tie, B by id), then C: {B, C}. v1, v2, v3 get one project either way; v4 gets B only
     * under Equal Shares: 1 prefers Equal Shares, 0 greedy. Equal Shares stays.
     */
    @Test
    void equalSharesStaysWhenMoreVotersPreferIt() {
        var result = compare(approval("40", List.of(project("A", "40"), project("B", "20"), project("C", "20")),
                BallotChoices.approving("A", "C"), BallotChoices.approving("A", "C"),
                BallotChoices.approving("A", "B"), BallotChoices.approving("B")));
        assertEquals(List.of("B", "C"), result.selected());
        assertEquals(new Comparison(1, 0, false), result.comparison());
        assertEquals("equalshares-comparison", result.rule());
        assertTrue(result.explanations().get(0) instanceof EqualSharesExplanation);
    }

    /*
     * 4 voters, 40. A (40) by v1 v2 v3, B (10) by v4. Greedy: {A}. Equal Shares: A's supporters hold 30 < 40,
     * B costs v4 10: {B}. v1 v2 v3 prefer greedy, v4 Equal Shares: 3 against 1, greedy wins.
     */
    @Test
    void greedyWinsWhenStrictlyMoreVotersPreferIt() {
        var result = compare(approval("40", List.of(project("A", "40"), project("B", "10")),
                BallotChoices.approving("A"), BallotChoices.approving("A"),
                BallotChoices.approving("A"), BallotChoices.approving("B")));
        assertEquals(List.of("A"), result.selected());
        assertEquals(new Comparison(1, 3, true), result.comparison());
        assertEquals(new BigDecimal("40"), result.spent());
        assertTrue(result.explanations().get(0) instanceof GreedyExplanation);
    }

    /*
     * 2 voters, 20, 10 each. A (20) by v1, B (10) by v2. Greedy (1 vote each, A by id): {A}, B does not fit.
     * Equal Shares: v1 cannot pay 20; v2 pays 10 for B: {B}. One voter each way: a tie keeps Equal Shares.
     */
    @Test
    void aTieKeepsEqualShares() {
        var result = compare(approval("20", List.of(project("A", "20"), project("B", "10")),
                BallotChoices.approving("A"), BallotChoices.approving("B")));
        assertEquals(List.of("B"), result.selected());
        assertEquals(new Comparison(1, 1, false), result.comparison());
    }

    @Test
    void theAdd1VariantCompletesBeforeComparing() {
        SelectionInput input = approval("40", List.of(project("X", "20"), project("Y", "15"), project("Z", "12")),
                BallotChoices.approving("X"), BallotChoices.approving("X"),
                BallotChoices.approving("X", "Y"), BallotChoices.approving("Y", "Z"));
        var plain = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, false).select(input);
        var result = SelectionRule.forName("equalshares/add1-comparison", IDS).select(input);
        assertEquals("equalshares/add1-comparison", result.rule());
        assertFalse(result.comparison().greedyWon());
        assertEquals(plain.selected(), result.selected());
    }

    /** The shared real elections with approval ballots: the counts agree with a count made here from scratch. */
    @Test
    void realElectionsCountEveryVoterOnce() {
        for (String file : List.of("Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Anin.pb")) {
            PabulibElection election = PabulibFiles.resource(file);
            SelectionInput input = election.toSelectionInput();
            RuleParams params = RuleParams.pabulib(election.meta());
            var es = SelectionRule.forName("equalshares/add1", params).select(input);
            var greedy = SelectionRule.forName("greedy", params).select(input);
            var result = SelectionRule.forName("equalshares/add1-comparison", params).select(input);
            Comparison c = result.comparison();
            assertNotNull(c, file);
            int preferEs = 0;
            int preferGreedy = 0;
            Set<String> esSet = new HashSet<>(es.selected());
            Set<String> grSet = new HashSet<>(greedy.selected());
            for (BallotChoices b : input.ballots()) {
                long underEs = b.projectIds().stream().filter(esSet::contains).count();
                long underGreedy = b.projectIds().stream().filter(grSet::contains).count();
                preferEs += underEs > underGreedy ? 1 : 0;
                preferGreedy += underGreedy > underEs ? 1 : 0;
            }
            assertEquals(new Comparison(preferEs, preferGreedy, preferGreedy > preferEs), c, file);
            assertTrue(c.preferEqualShares() + c.preferGreedy() <= input.ballots().size(), file);
            assertEquals(c.greedyWon() ? greedy.selected() : es.selected(), result.selected(), file);
        }
        // pinned from this implementation: Assen ties (Equal Shares stays), Anin's voters prefer greedy
        assertEquals(new Comparison(21, 21, false), SelectionRule.forName("equalshares/add1-comparison",
                RuleParams.pabulib(PabulibFiles.resource("Netherlands_Assen_2024.pb").meta()))
                .select(PabulibFiles.resource("Netherlands_Assen_2024.pb").toSelectionInput()).comparison());
        assertEquals(new Comparison(0, 91, true), SelectionRule.forName("equalshares/add1-comparison",
                RuleParams.pabulib(PabulibFiles.resource("Poland_Warszawa_2019_Anin.pb").meta()))
                .select(PabulibFiles.resource("Poland_Warszawa_2019_Anin.pb").toSelectionInput()).comparison());
    }
}
