package cn.shangliang.proposal;

import static cn.shangliang.proposal.ProposalStatus.ACCEPTED;
import static cn.shangliang.proposal.ProposalStatus.ANSWERED;
import static cn.shangliang.proposal.ProposalStatus.DECIDED;
import static cn.shangliang.proposal.ProposalStatus.MERGED;
import static cn.shangliang.proposal.ProposalStatus.REJECTED;
import static cn.shangliang.proposal.ProposalStatus.SCHEDULED;
import static cn.shangliang.proposal.ProposalStatus.SUBMITTED;
import static cn.shangliang.proposal.ProposalStatus.TRANSFERRED;
import static cn.shangliang.proposal.ProposalStatus.UNDER_REVIEW;
import static cn.shangliang.proposal.ProposalStatus.WITHDRAWN;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A resident's proposal from co-signing to a decision. Every review outcome starts from UNDER_REVIEW (staff
 * may bring a proposal there before the threshold), so no proposal is turned away unseen. A proposal taken
 * off an agenda (meeting cancelled, item deferred) goes back to ACCEPTED to be scheduled again. After DECIDED
 * the resolution's follow-up carries on.
 */
public final class ProposalWorkflow {
    public static final ProposalWorkflow DEFAULT = new ProposalWorkflow(10);

    public static final TransitionTable<ProposalStatus> TRANSITIONS =
            TransitionTable.builder(ProposalStatus.class, "proposal")
                    .allow(SUBMITTED, UNDER_REVIEW, WITHDRAWN)
                    .allow(UNDER_REVIEW, ACCEPTED, MERGED, ANSWERED, TRANSFERRED, REJECTED, WITHDRAWN)
                    .allow(ACCEPTED, SCHEDULED, MERGED)
                    .allow(SCHEDULED, DECIDED, ACCEPTED)
                    .build();

    /**
     * Statuses in which co-signatures are given and taken back. Reaching the threshold moves the proposal on
     * at once, so a co-sign that brought it to review can no longer be withdrawn.
     */
    private static final Set<ProposalStatus> COLLECTING_COSIGNS = EnumSet.of(SUBMITTED);

    /** Outcomes the proposer must be told the why of. */
    private static final Set<ProposalStatus> NEED_TEXT = EnumSet.of(REJECTED, ANSWERED, TRANSFERRED);

    /** A proposal can be merged only into one that is still going somewhere. */
    private static final Set<ProposalStatus> MERGEABLE_INTO = EnumSet.of(SUBMITTED, UNDER_REVIEW, ACCEPTED, SCHEDULED);

    private final int cosignThreshold;

    public ProposalWorkflow(int cosignThreshold) {
        if (cosignThreshold < 1) {
            throw new IllegalArgumentException("the co-sign threshold is at least 1");
        }
        this.cosignThreshold = cosignThreshold;
    }

    public int cosignThreshold() {
        return cosignThreshold;
    }

    /** Co-signatures exclude the proposer; reaching the threshold moves the proposal to review at once. */
    public boolean reachesReview(int cosignatures) {
        return cosignatures >= cosignThreshold;
    }

    public static boolean collectsCosigns(ProposalStatus status) {
        return COLLECTING_COSIGNS.contains(status);
    }

    /** @param text the reason (REJECTED), the answer (ANSWERED) or the where and why (TRANSFERRED) */
    public static List<RuleViolation> check(ProposalStatus from, ProposalStatus to, String text) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(from, to));
        if (NEED_TEXT.contains(to)) {
            violations.addAll(RuleViolation.requireText(text, "proposal.text-required", to));
        }
        return violations;
    }

    /**
     * Review outcomes whose text the newest official reply of a reviewer replaces (the answer, the reason, the
     * transfer note, the acceptance note). Before review the reply is a comment (the review decides); merged,
     * withdrawn, scheduled and decided proposals carry their outcome elsewhere (the target, the agenda, the
     * resolution).
     */
    private static final Set<ProposalStatus> TAKES_OFFICIAL_REPLY = EnumSet.of(ANSWERED, TRANSFERRED, REJECTED, ACCEPTED);

    public static boolean takesOfficialReply(ProposalStatus status) {
        return TAKES_OFFICIAL_REPLY.contains(status);
    }

    public static List<RuleViolation> checkMerge(long proposalId, ProposalStatus status,
                                                 long targetId, ProposalStatus targetStatus) {
        List<RuleViolation> violations = new ArrayList<>(TRANSITIONS.check(status, MERGED));
        if (proposalId == targetId) {
            violations.add(RuleViolation.invalid("proposal.merge.into-itself"));
        } else if (!MERGEABLE_INTO.contains(targetStatus)) {
            violations.add(RuleViolation.invalid("proposal.merge.target-closed", targetStatus));
        }
        return violations;
    }
}
