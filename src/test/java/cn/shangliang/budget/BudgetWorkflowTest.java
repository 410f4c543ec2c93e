package cn.shangliang.budget;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.shangliang.testsupport.Violations.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetWorkflowTest {

    @Test
    void voteStartsOnlyWhenEveryProposalIsReviewedAndOneIsAccepted() {
        assertEquals(List.of(), BudgetWorkflow.checkStartVote(0, 2));
        assertEquals(List.of("budget.review.unfinished"), codes(BudgetWorkflow.checkStartVote(1, 2)));
        assertEquals(List.of("budget.review.nothing-accepted"), codes(BudgetWorkflow.checkStartVote(0, 0)));
    }

    @Test
    void confirmNeedsTheNoticeOverAndEveryObjectionAnswered() {
        assertEquals(List.of(), BudgetWorkflow.checkConfirm(CycleStatus.NOTICE, true, 0));
        assertEquals(List.of("budget.notice.running"), codes(BudgetWorkflow.checkConfirm(CycleStatus.NOTICE, false, 0)));
        assertEquals(List.of("budget.notice.unanswered"), codes(BudgetWorkflow.checkConfirm(CycleStatus.NOTICE, true, 2)));
        assertEquals(List.of("budget.cycle.transition.not-allowed"), codes(BudgetWorkflow.checkConfirm(CycleStatus.VOTING, true, 0)));
    }

    @Test
    void rejectionNeedsAReasonAndOtherNeedsWords() {
        assertEquals(List.of("budget.review.reason-required"), codes(BudgetWorkflow.checkReject(null, "x")));
        assertEquals(List.of(), BudgetWorkflow.checkReject(RejectReason.PROPERTY_COMPANY_DUTY, null));
        assertEquals(List.of("budget.review.text-required"), codes(BudgetWorkflow.checkReject(RejectReason.OTHER, " ")));
        assertEquals(List.of(), BudgetWorkflow.checkReject(RejectReason.OTHER, "理由"));
    }

    @Test
    void contractAboveTheApprovedBudgetNeedsACouncilDecision() {
        assertEquals(List.of(), BudgetWorkflow.checkContract(1000, 1000, null));
        assertEquals(List.of("budget.contract.over-approved"), codes(BudgetWorkflow.checkContract(1001, 1000, "")));
        assertEquals(List.of(), BudgetWorkflow.checkContract(1001, 1000, "2026年第3号决议"));
        assertEquals(List.of("budget.contract.amount"), codes(BudgetWorkflow.checkContract(0, 1000, null)));
    }

    @Test
    void acceptanceRulesItemsAndFinalCost() {
        assertEquals(List.of(), BudgetWorkflow.checkAcceptance(AcceptanceResult.PASSED, null, 900, 1000));
        assertEquals(List.of("budget.acceptance.items-required"),
                codes(BudgetWorkflow.checkAcceptance(AcceptanceResult.RECTIFY, "", 900, 1000)));
        assertEquals(List.of("budget.acceptance.final-cost"),
                codes(BudgetWorkflow.checkAcceptance(AcceptanceResult.PASSED, null, 1001, 1000)));
    }

    @Test
    void capIsInclusive() {
        assertFalse(BudgetWorkflow.overCap(50_000_000L, 50_000_000L));
        assertTrue(BudgetWorkflow.overCap(50_000_001L, 50_000_000L));
    }

    @Test
    void gradeBandsFollowTheTwentyPointsPerStarScale() {
        assertNull(PerformanceGrade.of(0, 0));
        assertEquals(PerformanceGrade.EXCELLENT, PerformanceGrade.of(9, 2));   // 4.5 stars = 90
        assertEquals(PerformanceGrade.GOOD, PerformanceGrade.of(22, 5));       // 4.4 = 88
        assertEquals(PerformanceGrade.GOOD, PerformanceGrade.of(4, 1));        // 80
        assertEquals(PerformanceGrade.FAIR, PerformanceGrade.of(3, 1));        // 60
        assertEquals(PerformanceGrade.POOR, PerformanceGrade.of(17, 6));       // 56.7
        assertEquals("56.7", PerformanceGrade.score(17, 6).toPlainString());
    }

    @Test
    void progressReportsAreDueMonthly() {
        java.time.LocalDate signed = java.time.LocalDate.of(2026, 1, 31);
        assertEquals(java.time.LocalDate.of(2026, 2, 28), ProgressSchedule.nextDue(signed, null));
        assertFalse(ProgressSchedule.overdue(ProjectStatus.IMPLEMENTING, signed, null, java.time.LocalDate.of(2026, 2, 28)));
        assertTrue(ProgressSchedule.overdue(ProjectStatus.IMPLEMENTING, signed, null, java.time.LocalDate.of(2026, 3, 1)));
        assertFalse(ProgressSchedule.overdue(ProjectStatus.IMPLEMENTING, signed, java.time.LocalDate.of(2026, 2, 20),
                java.time.LocalDate.of(2026, 3, 15)));
        assertFalse(ProgressSchedule.overdue(ProjectStatus.COMPLETED, signed, null, java.time.LocalDate.of(2027, 1, 1)));
    }

    @Test
    void permissionsTable() {
        assertTrue(BudgetPermissions.allows(cn.shangliang.common.security.Role.COMMUNITY_STAFF, BudgetAction.REVIEW));
        assertFalse(BudgetPermissions.allows(cn.shangliang.common.security.Role.RESIDENT, BudgetAction.REVIEW));
        assertTrue(BudgetPermissions.allows(cn.shangliang.common.security.Role.COUNCIL_CHAIR, BudgetAction.VOTE_AS_COUNCIL));
        assertFalse(BudgetPermissions.allows(cn.shangliang.common.security.Role.COMMUNITY_STAFF, BudgetAction.VOTE_AS_COUNCIL));
        assertTrue(BudgetPermissions.allows(cn.shangliang.common.security.Role.SUPERVISOR, BudgetAction.ANSWER_COMPLAINT));
        assertFalse(BudgetPermissions.allows(cn.shangliang.common.security.Role.COMMUNITY_STAFF, BudgetAction.ANSWER_COMPLAINT));
        assertTrue(BudgetPermissions.needsRoster(BudgetAction.RATE));
        assertFalse(BudgetPermissions.needsRoster(BudgetAction.IMPLEMENT));
    }
}
