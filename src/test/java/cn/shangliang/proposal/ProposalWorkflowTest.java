package cn.shangliang.proposal;

import static cn.shangliang.testsupport.Violations.assertCodes;
import static cn.shangliang.testsupport.Violations.codes;
import static cn.shangliang.proposal.ProposalStatus.ACCEPTED;
import static cn.shangliang.proposal.ProposalStatus.ANSWERED;
import static cn.shangliang.proposal.ProposalStatus.MERGED;
import static cn.shangliang.proposal.ProposalStatus.REJECTED;
import static cn.shangliang.proposal.ProposalStatus.SCHEDULED;
import static cn.shangliang.proposal.ProposalStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.council.TransitionTableContract;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalWorkflowTest extends TransitionTableContract<ProposalStatus> {
    private static final String[] TABLE = {
            "SUBMITTED    -> UNDER_REVIEW, WITHDRAWN",
            "UNDER_REVIEW -> ACCEPTED, MERGED, ANSWERED, TRANSFERRED, REJECTED, WITHDRAWN",
            "ACCEPTED     -> SCHEDULED, MERGED",
            "SCHEDULED    -> DECIDED, ACCEPTED"};

    ProposalWorkflowTest() {
        super(ProposalStatus.class, ProposalWorkflow.TRANSITIONS, "proposal", TABLE);
    }

    @Test
    void aForbiddenChangeIsReportedEvenWithAReason() {
        assertEquals(List.of("proposal.transition.not-allowed"), codes(ProposalWorkflow.check(ProposalStatus.SUBMITTED, REJECTED, "理由")));
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @CsvSource({
            "SUBMITTED, REJECTED",    // nothing is turned away unseen: review first
            "SUBMITTED, ACCEPTED",
            "ACCEPTED,  DECIDED",     // only a scheduled proposal is decided at a meeting
            "SCHEDULED, WITHDRAWN",   // once on an agenda it belongs to the council
            "REJECTED,  UNDER_REVIEW",
            "DECIDED,   SCHEDULED"})
    void notableForbiddenTransitions(ProposalStatus from, ProposalStatus to) {
        assertFalse(ProposalWorkflow.TRANSITIONS.allows(from, to));
    }

    @Test
    void outcomesAreTerminal() {
        assertEquals(EnumSet.of(MERGED, ANSWERED, ProposalStatus.TRANSFERRED, REJECTED, ProposalStatus.WITHDRAWN,
                        ProposalStatus.DECIDED),
                EnumSet.copyOf(Stream.of(ProposalStatus.values()).filter(ProposalWorkflow.TRANSITIONS::isTerminal).toList()));
    }

    @ParameterizedTest(name = "{0} co-signatures, threshold {1}: review {2}")
    @CsvSource({"9, 10, false", "10, 10, true", "11, 10, true", "0, 10, false", "2, 3, false", "3, 3, true", "1, 1, true"})
    void reviewStartsAtTheCosignThreshold(int cosignatures, int threshold, boolean review) {
        assertEquals(review, new ProposalWorkflow(threshold).reachesReview(cosignatures));
    }

    @Test
    void defaultThresholdIsTen() {
        assertEquals(10, ProposalWorkflow.DEFAULT.cosignThreshold());
        assertThrows(IllegalArgumentException.class, () -> new ProposalWorkflow(0));
    }

    @ParameterizedTest(name = "UNDER_REVIEW → {0} with \"{1}\": {2}")
    @CsvSource({
            "REJECTED,    '',           proposal.text-required",
            "REJECTED,    '   ',        proposal.text-required",
            "REJECTED,    属物业职责,      ''",
            "ANSWERED,    '',           proposal.text-required",
            "ANSWERED,    已安排周三清运,   ''",
            "TRANSFERRED, '',           proposal.text-required",
            "TRANSFERRED, 转区城管局,      ''",
            "ACCEPTED,    '',           ''",
            "WITHDRAWN,   '',           ''"})
    void theProposerIsToldWhy(ProposalStatus to, String text, String expected) {
        assertCodes(expected, ProposalWorkflow.check(UNDER_REVIEW, to, text));
    }

    @Test
    void rejectionMessageNamesTheOutcome() {
        assertEquals("议题改为「不予受理」须写明理由或答复内容。",
                ProposalWorkflow.check(UNDER_REVIEW, REJECTED, null).get(0).message());
    }

    @ParameterizedTest(name = "merge #1 ({0}) into #{1} ({2}): {3}")
    @CsvSource({
            "UNDER_REVIEW, 2, ACCEPTED,     ''",
            "UNDER_REVIEW, 2, SUBMITTED,    ''",
            "ACCEPTED,     2, SCHEDULED,    ''",
            "UNDER_REVIEW, 1, UNDER_REVIEW, proposal.merge.into-itself",
            "UNDER_REVIEW, 2, REJECTED,     proposal.merge.target-closed",
            "UNDER_REVIEW, 2, MERGED,       proposal.merge.target-closed",
            "UNDER_REVIEW, 2, DECIDED,      proposal.merge.target-closed",
            "SCHEDULED,    2, ACCEPTED,     proposal.transition.not-allowed"})
    void mergingNeedsALiveOtherProposal(ProposalStatus status, long targetId, ProposalStatus targetStatus, String expected) {
        assertCodes(expected, ProposalWorkflow.checkMerge(1, status, targetId, targetStatus));
    }

    @Test
    void aProposalTakenOffTheAgendaWaitsToBeScheduledAgain() {
        assertTrue(ProposalWorkflow.TRANSITIONS.allows(SCHEDULED, ACCEPTED));
        assertTrue(ProposalWorkflow.TRANSITIONS.allows(ACCEPTED, SCHEDULED));
    }

}
