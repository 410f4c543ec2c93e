package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-worked Equal Shares cases; every number below is computed in the comments. */
class EqualSharesRulesTest {

    private static Project project(String id, String cost) {
        return new Project(id, new BigDecimal(cost));
    }

    private static SelectionInput approval(String budget, List<Project> projects, BallotChoices... ballots) {
        return SelectionInput.of(new BigDecimal(budget), VoteType.APPROVAL, projects, List.of(ballots));
    }

    private static EqualSharesExplanation line(SelectionResult<EqualSharesExplanation> result, String id) {
        return result.explanations().stream().filter(e -> e.projectId().equals(id)).findFirst().orElseThrow();
    }

    /*
     * Four voters, budget 40, so 10 each. X (20) is approved by v1 v2 v3, Y (15) by v3 v4, Z (12) by v4.
     * Round 1: X costs 20/3 per supporter, Y 15/2, Z 12 > 10 (unaffordable). X is cheapest either way
     * (per unit of cost: 1/3 against 1/2). After X, v3 has 10/3 and v4 10: Y's supporters hold
     * 40/3 < 15, Z's 10 < 12. Outcome {X}, 20 spent.
     */
    private static final SelectionInput XYZ = approval("40",
            List.of(project("X", "20"), project("Y", "15"), project("Z", "12")),
            BallotChoices.approving("X"), BallotChoices.approving("X"),
            BallotChoices.approving("X", "Y"), BallotChoices.approving("Y", "Z"));

    @Test
    void withoutCompletionOnlyXIsBought() {
        var result = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, false, false).select(XYZ);

        assertEquals(List.of("X"), result.selected());
        EqualSharesExplanation x = line(result, "X");
        assertEquals(1, x.round());
        assertEquals(Fraction.parse("20/3"), x.pricePerSupporter());
        assertEquals(Fraction.of(10), x.perVoterBudget());
        assertEquals(0, x.completionStep());
        assertEquals("funded in round 1 at 20/3 per supporter", x.reason());
        EqualSharesExplanation y = line(result, "Y");
        assertEquals(EqualSharesVerdict.NOT_AFFORDABLE, y.verdict());
        assertEquals(Fraction.parse("40/3"), y.supportersMoneyLeft());
        assertNull(y.round());
        assertEquals("its supporters could not pay: they had 40/3 left for a cost of 15", y.reason());
    }

    /*
     * Add1 raises each voter's money 10 -> 11 -> 12 ... At 11: X at 20/3, then v3 has 13/3 and v4 11;
     * Y's price: 15/2 > 13/3, so v3 pays all 13/3 and v4 pays 15 - 13/3 = 32/3. {X, Y} costs 35 <= 40.
     * From 15 on, v3 can pay the full 15/2. At 19, v4 keeps 19 - 15/2 = 23/2 < 12, so Z is still out.
     * At 20, v4 keeps 25/2 >= 12 and buys Z: 47 > 40. The last outcome within budget is the one at 19,
     * after 9 raises.
     */
    @Test
    void add1KeepsTheLastOutcomeWithinBudget() {
        var result = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, false).select(XYZ);

        assertEquals(List.of("X", "Y"), result.selected());
        assertEquals(new BigDecimal("35"), result.spent());
        EqualSharesExplanation y = line(result, "Y");
        assertEquals(9, y.completionStep());
        assertEquals(Fraction.of(19), y.perVoterBudget());
        assertEquals(2, y.round());
        assertEquals(Fraction.parse("15/2"), y.pricePerSupporter());
        assertEquals(Fraction.parse("23/2"), line(result, "Z").supportersMoneyLeft());
    }

    /* At 11 per voter {X, Y} leaves 5 and Z costs 12: exhaustive, so pabutools' variant stops there. */
    @Test
    void add1StoppingWhenExhaustiveStopsAtTheFirstExhaustiveOutcome() {
        var result = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, true).select(XYZ);

        assertEquals(List.of("X", "Y"), result.selected());
        EqualSharesExplanation y = line(result, "Y");
        assertEquals(1, y.completionStep());
        assertEquals(Fraction.of(11), y.perVoterBudget());
        assertEquals(Fraction.parse("32/3"), y.pricePerSupporter());
    }

    /*
     * Three voters, budget 30 (10 each). P (30) is approved by all three, Q (10) by v1 v2.
     * Approval utilities compare the price per supporter: Q 5 < P 10, so Q first; then P's supporters
     * hold 5 + 5 + 10 = 20 < 30. Cost utilities compare price per unit of cost: P 10/30 = 1/3 beats
     * Q 5/10 = 1/2, so P first, and it takes everyone's money.
     */
    @Test
    void utilitiesDecideBetweenACheapAndABroadProject() {
        SelectionInput in = approval("30", List.of(project("P", "30"), project("Q", "10")),
                BallotChoices.approving("P", "Q"), BallotChoices.approving("P", "Q"), BallotChoices.approving("P"));

        assertEquals(List.of("Q"),
                new EqualShares(Utilities.APPROVAL, TieBreak.PROJECT_ID, false, false).select(in).selected());
        assertEquals(List.of("P"),
                new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, false, false).select(in).selected());
    }

    /*
     * Exact tie with approval utilities: "9" (10) approved by v1 v2 and "10" (15) by all three cost 5 per
     * supporter each, and 5 is all anyone has (budget 15). Whichever goes first empties the others.
     */
    @Test
    void exactTieIsBrokenByTheTieBreak() {
        SelectionInput in = approval("15", List.of(project("9", "10"), project("10", "15")),
                BallotChoices.approving("9", "10"), BallotChoices.approving("9", "10"), BallotChoices.approving("10"));

        assertEquals(List.of("10"),
                new EqualShares(Utilities.APPROVAL, TieBreak.PROJECT_ID, false, false).select(in).selected());
        assertEquals(List.of("9"), new EqualShares(Utilities.APPROVAL, TieBreak.LOWER_COST_THEN_SUBMISSION, false,
                false).select(in).selected());
    }

    /*
     * Ten voters, budget 100 (10 each), approval utilities. A (9) is approved by v1 alone: price 9.
     * B (91) by all ten: price 9.1, so A goes first and leaves v1 with 1. B's supporters now hold exactly
     * 1 + 9 * 10 = 91: v1 is poorer than 9.1 and pays its 1, the other nine share 90, i.e. pay 10 each,
     * all they have. The price per supporter is 10, and the budget is spent to the last unit.
     */
    @Test
    void aPoorerSupporterPaysEverythingAndTheOthersShareTheRest() {
        List<BallotChoices> ballots = new ArrayList<>();
        ballots.add(BallotChoices.approving("A", "B"));
        for (int i = 0; i < 9; i++) {
            ballots.add(BallotChoices.approving("B"));
        }
        SelectionInput in = SelectionInput.of(new BigDecimal("100"), VoteType.APPROVAL,
                List.of(project("A", "9"), project("B", "91")), ballots);

        var result = new EqualShares(Utilities.APPROVAL, TieBreak.PROJECT_ID, false, false).select(in);

        assertEquals(List.of("A", "B"), result.selected());
        assertEquals(Fraction.of(9), line(result, "A").pricePerSupporter());
        assertEquals(Fraction.of(10), line(result, "B").pricePerSupporter());
        assertEquals(new BigDecimal("100"), result.spent());
    }

    @Test
    void withdrawnProjectsAndProjectsWithoutSupportersAreNeverFunded() {
        SelectionInput in = approval("2000000000",
                List.of(project("W", "999999999"), project("N", "5"), project("A", "10")),
                BallotChoices.approving("W", "A"), BallotChoices.approving("W"));

        var result = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, false).select(in);

        assertEquals(List.of("A"), result.selected());
        assertEquals(EqualSharesVerdict.WITHDRAWN, line(result, "W").verdict());
        assertEquals(EqualSharesVerdict.NO_SUPPORTERS, line(result, "N").verdict());
    }

    @Test
    void zeroCostProjectWithSupportersIsFundedFirstWithoutPayment() {
        SelectionInput in = approval("10", List.of(project("A", "10"), project("F", "0")),
                BallotChoices.approving("A", "F"), BallotChoices.approving("A"));

        var result = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, false, false).select(in);

        assertEquals(List.of("F", "A"), result.selected());
        assertEquals(0, line(result, "F").round());
        assertEquals(Fraction.ZERO, line(result, "F").pricePerSupporter());
    }

    @Test
    void identicalBallotsShareMoneyExactlyLikeSeparateVoters() {
        // 7 voters approve A (cost 10): 10/7 each is not a decimal, yet A is bought exactly
        List<BallotChoices> ballots = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ballots.add(BallotChoices.approving("A"));
        }
        SelectionInput in = SelectionInput.of(BigDecimal.TEN, VoteType.APPROVAL, List.of(project("A", "10")), ballots);

        var result = new EqualShares(Utilities.APPROVAL, TieBreak.PROJECT_ID, false, false).select(in);

        assertEquals(Fraction.parse("10/7"), line(result, "A").pricePerSupporter());
    }

    @Test
    void refusesNonApprovalBallots() {
        SelectionInput in = SelectionInput.of(BigDecimal.TEN, VoteType.ORDINAL, List.of(project("A", "1")),
                List.of(BallotChoices.approving("A")));

        assertThrows(IllegalArgumentException.class,
                () -> new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, false, false).select(in));
    }

    @Test
    void noBallotsFundsNothing() {
        SelectionInput in = approval("10", List.of(project("A", "1")));

        var result = new EqualShares(Utilities.COST, TieBreak.PROJECT_ID, true, false).select(in);

        assertEquals(List.of(), result.selected());
        assertEquals(EqualSharesVerdict.NO_SUPPORTERS, line(result, "A").verdict());
    }
}
