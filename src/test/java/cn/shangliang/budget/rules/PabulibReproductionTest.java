package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Running each file's own META rule gives exactly the projects the city funded. */
class PabulibReproductionTest {

    @ParameterizedTest
    @ValueSource(strings = {"Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Anin.pb",
            "Poland_Czestochowa_2024_Podjasnogorska.pb", "Poland_Krakow_2024_Zwierzyniec.pb"})
    void metaRuleReproducesSelectedColumn(String file) {
        PabulibElection election = PabulibFiles.resource(file);
        SelectionRule rule = SelectionRule.forName(election.rule(), RuleParams.pabulib(election.meta()));

        SelectionResult<? extends Explanation> result = rule.select(election.toSelectionInput());

        assertEquals(election.selectedIds(), new TreeSet<>(result.selected()), file);
        assertTrue(result.spent().compareTo(election.budget()) <= 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Anin.pb",
            "Poland_Czestochowa_2024_Podjasnogorska.pb", "Poland_Krakow_2024_Zwierzyniec.pb"})
    void recountFromBallotsMatchesVotesAndScoreColumns(String file) {
        PabulibElection election = PabulibFiles.resource(file);
        SelectionInput input = election.toSelectionInput();
        String maxLength = election.meta().get("max_length");

        var approvals = Scores.approvals(input.projects(), input.ballots());
        var scores = Scores.of(election.voteType(), input.projects(), input.ballots(),
                maxLength == null ? null : Integer.valueOf(maxLength));

        for (PabulibProject project : election.projects()) {
            assertEquals(BigDecimal.valueOf(project.votes()), approvals.get(project.id()), file + " votes " + project.id());
            if (project.score() != null) {
                assertEquals(project.score(), scores.get(project.id()), file + " score " + project.id());
            }
        }
    }

    @Test
    void assenIsAdd1WithCostUtilitiesAfter843Raises() {
        PabulibElection assen = PabulibFiles.resource("Netherlands_Assen_2024.pb");
        var rule = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, false);

        var result = rule.select(assen.toSelectionInput());

        // 100000 / 84 voters + 843 = 42703/21 per voter; checked against an independent Python run
        assertEquals(List.of("3", "9", "11", "2", "13", "14", "5", "6", "12"), result.selected());
        EqualSharesExplanation first = result.explanations().get(0);
        assertEquals(843, first.completionStep());
        assertEquals(Fraction.parse("42703/21"), first.perVoterBudget());
        assertEquals(new BigDecimal("76700"), result.spent());
    }

    @Test
    void assenExactTieBetweenProjects2And11IsBrokenByTheTieBreakOnly() {
        SelectionInput input = PabulibFiles.resource("Netherlands_Assen_2024.pb").toSelectionInput();

        var byId = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, false).select(input);
        var byCost = new EqualShares(Utilities.COST, TieBreak.LOWER_COST_THEN_SUBMISSION, true, false).select(input);

        // 2 (10000) and 11 (15000) both have 24 supporters: "11" < "2" as strings, but 2 is cheaper
        assertEquals(List.of("3", "9", "11", "2"), byId.selected().subList(0, 4));
        assertEquals(List.of("3", "9", "2", "11"), byCost.selected().subList(0, 4));
        assertEquals(new TreeSet<>(byId.selected()), new TreeSet<>(byCost.selected()));
    }

    @Test
    void assenWithApprovalUtilitiesWouldAlsoFundProject7() {
        PabulibElection assen = PabulibFiles.resource("Netherlands_Assen_2024.pb");
        RuleParams params = RuleParams.pabulib(assen.meta()).withUtilities(Utilities.APPROVAL);

        var result = SelectionRule.forName("equalshares/add1", params).select(assen.toSelectionInput());

        Set<String> expected = new TreeSet<>(assen.selectedIds());
        expected.add("7");
        assertEquals(expected, new TreeSet<>(result.selected()));
    }

    @Test
    void assenStoppingAtTheFirstExhaustiveOutcomeKeepsTheSameProjects() {
        PabulibElection assen = PabulibFiles.resource("Netherlands_Assen_2024.pb");
        RuleParams params = RuleParams.pabulib(assen.meta()).withStopWhenExhaustive(true);

        var result = SelectionRule.forName("equalshares/add1", params).select(assen.toSelectionInput());

        assertEquals(assen.selectedIds(), new TreeSet<>(result.selected()));
    }

    @Test
    void krakowDecimalBudgetIsSpentExactly() {
        PabulibElection krakow = PabulibFiles.resource("Poland_Krakow_2024_Zwierzyniec.pb");

        var result = Greedy.skipping(TieBreak.PROJECT_ID).select(krakow.toSelectionInput());

        assertEquals(new BigDecimal("2158427.19"), krakow.budget());
        BigDecimal left = krakow.budget().subtract(result.spent());
        assertEquals(new BigDecimal("13187.19"), left);
        GreedyExplanation last = result.explanations().get(result.explanations().size() - 1);
        assertEquals(left, last.remainingBefore());
    }
}
