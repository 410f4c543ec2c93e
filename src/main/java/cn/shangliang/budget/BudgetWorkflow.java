package cn.shangliang.budget;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;
import cn.shangliang.common.web.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.shangliang.budget.CycleStatus.APPROVED;
import static cn.shangliang.budget.CycleStatus.CLOSED;
import static cn.shangliang.budget.CycleStatus.NOTICE;
import static cn.shangliang.budget.CycleStatus.PROPOSING;
import static cn.shangliang.budget.CycleStatus.REVIEWING;
import static cn.shangliang.budget.CycleStatus.VOTING;

/**
 * The stages of a cycle and of its projects as tables, with the guards that sit next to them. A cycle only
 * moves forward: a stage that went wrong is answered by objections and supervision, not by rewinding.
 */
public final class BudgetWorkflow {

    public static final TransitionTable<CycleStatus> CYCLE =
            TransitionTable.builder(CycleStatus.class, "budget.cycle")
                    .allow(PROPOSING, REVIEWING)
                    .allow(REVIEWING, VOTING)
                    .allow(VOTING, NOTICE)
                    .allow(NOTICE, APPROVED)
                    .allow(APPROVED, CLOSED)
                    .build();

    public static final TransitionTable<ProjectStatus> PROJECT =
            TransitionTable.builder(ProjectStatus.class, "budget.project")
                    .allow(ProjectStatus.SUBMITTED, ProjectStatus.ACCEPTED, ProjectStatus.REJECTED, ProjectStatus.MERGED)
                    .allow(ProjectStatus.ACCEPTED, ProjectStatus.SELECTED, ProjectStatus.NOT_SELECTED, ProjectStatus.MERGED)
                    .allow(ProjectStatus.SELECTED, ProjectStatus.APPROVED)
                    .allow(ProjectStatus.APPROVED, ProjectStatus.IMPLEMENTING)
                    .allow(ProjectStatus.IMPLEMENTING, ProjectStatus.COMPLETED, ProjectStatus.RECTIFYING, ProjectStatus.FAILED)
                    .allow(ProjectStatus.RECTIFYING, ProjectStatus.COMPLETED, ProjectStatus.RECTIFYING, ProjectStatus.FAILED)
                    .build();

    private BudgetWorkflow() {
    }

    /** Review ends only when every proposal has an answer and at least one can go to the vote. */
    public static List<RuleViolation> checkStartVote(long unreviewed, long accepted) {
        List<RuleViolation> violations = new ArrayList<>(CYCLE.check(REVIEWING, VOTING));
        if (unreviewed > 0) {
            violations.add(RuleViolation.conflict("budget.review.unfinished", unreviewed));
        }
        if (accepted == 0) {
            violations.add(RuleViolation.conflict("budget.review.nothing-accepted"));
        }
        return violations;
    }

    /** 立项 only after the notice period has ended and every objection was answered. */
    public static List<RuleViolation> checkConfirm(CycleStatus status, boolean noticeEnded, long unanswered) {
        List<RuleViolation> violations = new ArrayList<>(CYCLE.check(status, APPROVED));
        if (!noticeEnded) {
            violations.add(RuleViolation.conflict("budget.notice.running"));
        }
        if (unanswered > 0) {
            violations.add(RuleViolation.conflict("budget.notice.unanswered", unanswered));
        }
        return violations;
    }

    /** A reason from the list; "other" must be explained in words. */
    public static List<RuleViolation> checkReject(RejectReason reason, String text) {
        if (reason == null) {
            return List.of(RuleViolation.invalid("budget.review.reason-required"));
        }
        if (reason == RejectReason.OTHER) {
            return RuleViolation.requireText(text, "budget.review.text-required");
        }
        return List.of();
    }

    /** The contract stays within the approved budget unless a recorded council decision raises it. */
    public static List<RuleViolation> checkContract(long contractFen, long approvedFen, String councilDecision) {
        if (contractFen <= 0) {
            return List.of(RuleViolation.invalid("budget.contract.amount"));
        }
        if (contractFen > approvedFen && (councilDecision == null || councilDecision.isBlank())) {
            return List.of(RuleViolation.invalid("budget.contract.over-approved"));
        }
        return List.of();
    }

    /** Rectification lists its items; a final cost is stated for every outcome and stays within the contract. */
    public static List<RuleViolation> checkAcceptance(AcceptanceResult result, String items, long finalCostFen,
                                                      long contractFen) {
        List<RuleViolation> violations = new ArrayList<>();
        if (result == AcceptanceResult.RECTIFY) {
            violations.addAll(RuleViolation.requireText(items, "budget.acceptance.items-required"));
        }
        if (finalCostFen < 0 || finalCostFen > contractFen) {
            violations.add(RuleViolation.invalid("budget.acceptance.final-cost"));
        }
        return violations;
    }

    /**
     * A resident's proposal states an estimate within its type's cap (DOMAIN.md §2, 罗湖 caps): above it the
     * project could never be accepted, so the proposer is told at once to lower or split it, not months later.
     */
    public static List<RuleViolation> checkProposalCost(long costFen, long capFen) {
        return overCap(costFen, capFen)
                ? List.of(RuleViolation.invalid("budget.proposal.over-cap", Money.yuan(costFen),
                        Money.yuan(capFen)))
                : List.of();
    }

    /** The longest a residents' vote may run, so a typo in the year does not leave a vote open for ever. */
    public static final Duration LONGEST_VOTE = Duration.ofDays(60);

    /** A residents' vote ends in the future, at most {@link #LONGEST_VOTE} from now. */
    public static List<RuleViolation> checkVoteDeadline(Instant endsAt, Instant now) {
        if (endsAt == null) {
            return List.of(RuleViolation.invalid("budget.vote.deadline-required"));
        }
        if (!endsAt.isAfter(now)) {
            return List.of(RuleViolation.invalid("budget.vote.deadline-past"));
        }
        if (endsAt.isAfter(now.plus(LONGEST_VOTE))) {
            return List.of(RuleViolation.invalid("budget.vote.deadline-too-far", LONGEST_VOTE.toDays()));
        }
        return List.of();
    }

    /** No ballot at or after the deadline (a null deadline: a council vote, closed by staff in the meeting). */
    /**
     * A residents' vote's deadline moves later, never earlier: before it passes, or after it passed without a
     * single ballot (such a vote cannot close, and nobody could vote any more). A vote that ended with ballots
     * closes instead.
     */
    public static List<RuleViolation> checkExtendVote(Instant current, Instant endsAt, Instant now, long ballots) {
        if (current != null && !now.isBefore(current) && ballots > 0) {
            return List.of(RuleViolation.conflict("budget.vote.ended"));
        }
        List<RuleViolation> deadline = checkVoteDeadline(endsAt, now);
        if (!deadline.isEmpty()) {
            return deadline;
        }
        return current != null && !endsAt.isAfter(current)
                ? List.of(RuleViolation.invalid("budget.vote.deadline-earlier")) : List.of();
    }

    public static List<RuleViolation> checkVoteOpen(Instant endsAt, Instant now) {
        return endsAt != null && !now.isBefore(endsAt) ? List.of(RuleViolation.conflict("budget.vote.ended")) : List.of();
    }

    /**
     * A residents' vote keeps its counts to itself until it closes; a council vote is a show of hands in a
     * meeting, where everyone present sees the count anyway.
     */
    public static boolean countsHidden(CycleStatus status, VoteMode mode) {
        return mode == VoteMode.RESIDENTS_APPROVAL && (status == PROPOSING || status == REVIEWING || status == VOTING);
    }

    public static boolean overCap(long costFen, long capFen) {
        return costFen > capFen;
    }
}
