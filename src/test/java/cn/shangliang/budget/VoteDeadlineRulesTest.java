package cn.shangliang.budget;

import cn.shangliang.common.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.shangliang.testsupport.Violations.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: the residents' vote deadline, the hidden counts and the cap on a proposal, as tables. */
class VoteDeadlineRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void aDeadlineLiesAheadAndAtMostSixtyDays() {
        assertEquals(List.of(), BudgetWorkflow.checkVoteDeadline(NOW.plusSeconds(60), NOW));
        assertEquals(List.of(), BudgetWorkflow.checkVoteDeadline(NOW.plus(Duration.ofDays(60)), NOW));
        assertEquals(List.of("budget.vote.deadline-too-far"),
                codes(BudgetWorkflow.checkVoteDeadline(NOW.plus(Duration.ofDays(60)).plusSeconds(1), NOW)));
        assertEquals(List.of("budget.vote.deadline-past"), codes(BudgetWorkflow.checkVoteDeadline(NOW, NOW)));
        assertEquals(List.of("budget.vote.deadline-required"), codes(BudgetWorkflow.checkVoteDeadline(null, NOW)));
    }

    @Test
    void noBallotAtOrAfterTheDeadline() {
        assertEquals(List.of(), BudgetWorkflow.checkVoteOpen(NOW.plusSeconds(1), NOW));
        assertEquals(List.of("budget.vote.ended"), codes(BudgetWorkflow.checkVoteOpen(NOW, NOW)));
        assertEquals(List.of(), BudgetWorkflow.checkVoteOpen(null, NOW));
    }

    @Test
    void onlyAnOpenResidentsVoteHidesItsCounts() {
        assertTrue(BudgetWorkflow.countsHidden(CycleStatus.VOTING, VoteMode.RESIDENTS_APPROVAL));
        assertFalse(BudgetWorkflow.countsHidden(CycleStatus.NOTICE, VoteMode.RESIDENTS_APPROVAL));
        assertFalse(BudgetWorkflow.countsHidden(CycleStatus.VOTING, VoteMode.COUNCIL_APPROVAL));
        assertFalse(BudgetWorkflow.countsHidden(CycleStatus.VOTING, VoteMode.COUNCIL_SCORE));
    }

    @Test
    void aProposalStaysWithinItsTypeCap() {
        assertEquals(List.of(), BudgetWorkflow.checkProposalCost(50_000_000L, 50_000_000L));
        List<RuleViolation> over = BudgetWorkflow.checkProposalCost(50_000_001L, 50_000_000L);
        assertEquals(List.of("budget.proposal.over-cap"), codes(over));
        assertEquals(List.of("500000.01", "500000.00"), over.get(0).args());
    }
}
