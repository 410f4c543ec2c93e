package cn.shangliang.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API returns and the pages show: records, never entities. */
public final class BudgetViews {

    private BudgetViews() {
    }

    public record CycleView(long id, long communityId, int year, String title, CycleStatus status, String statusLabel,
                            long budgetFen, long capWorksFen, long capServiceFen, long capGoodsFen,
                            LocalDate proposalsOpenOn, LocalDate proposalsCloseOn, int noticeDays, String quorum,
                            String majority, VoteMode voteMode, int maxApprovals, int maxScore, String rule,
                            Integer minVotes, Integer membersTotal, Instant noticeEndsAt, Instant approvedAt,
                            Integer comparisonPreferEs, Integer comparisonPreferGreedy, Instant voteEndsAt) {
        static CycleView of(BudgetCycle c) {
            return new CycleView(c.id, c.communityId, c.year, c.title, c.status, c.status.label(), c.budgetFen,
                    c.capWorksFen, c.capServiceFen, c.capGoodsFen, c.proposalsOpenOn, c.proposalsCloseOn, c.noticeDays,
                    c.quorum, c.majority, c.voteMode, c.maxApprovals, c.maxScore, c.ruleName, c.minVotes,
                    c.membersTotal, c.noticeEndsAt, c.approvedAt, c.comparisonPreferEs, c.comparisonPreferGreedy,
                    c.voteEndsAt);
        }
    }

    public record ProjectView(long id, long cycleId, ProjectSource source, String proposerName, boolean mine,
                              String title, String need, String location, ProjectType type, String beneficiaries,
                              long proposedCostFen, long estimatedCostFen, String costNote, ProjectStatus status,
                              String statusLabel, RejectReason rejectReason, String reviewNote, Long mergedIntoId,
                              Long approvedFen, String implementerName, ImplementerKind implementerKind,
                              Long contractFen, String contractDecision, LocalDate contractedOn,
                              AcceptanceResult acceptanceResult, String acceptanceItems,
                              String acceptanceRepresentatives, Long finalCostFen, long spentFen, boolean overdue) {
        static ProjectView of(BudgetProject p, Long viewer, long spentFen, boolean overdue) {
            return new ProjectView(p.id, p.cycleId, p.source, p.proposerName,
                    viewer != null && viewer.equals(p.proposerAccountId), p.title, p.need, p.location, p.type,
                    p.beneficiaries, p.proposedCostFen, p.estimatedCostFen, p.costNote, p.status, p.status.label(),
                    p.rejectReason, p.reviewNote, p.mergedIntoId, p.approvedFen, p.implementerName, p.implementerKind,
                    p.contractFen, p.contractDecision, p.contractedOn, p.acceptanceResult, p.acceptanceItems,
                    p.acceptanceRepresentatives, p.finalCostFen, spentFen, overdue);
        }
    }

    public record AttendeeView(long accountId, String name) {
    }

    /** The tally so far: each accepted project's approvals (or points) and the ballots cast. */
    /**
     * The running count of a vote. While a residents' vote is open {@code countsHidden} is true and every line's
     * supporters and points are null (issue 19: a running count sways the voters still to come).
     */
    public record TallyView(long ballots, int present, Integer membersTotal, boolean quorumMet,
                            List<TallyLine> lines, boolean countsHidden) {
    }

    public record TallyLine(long projectId, String title, long costFen, Long supporters, Long points) {
    }

    public record SelectionLineView(long projectId, String title, int position, boolean funded, String verdict,
                                    BigDecimal score, long costFen, Long remainingBeforeFen, Long supporters,
                                    String pricePerSupporter, BigDecimal pricePerSupporterYuan, String reason) {
    }

    public record ObjectionView(long id, String authorName, String text, String answer, Instant filedAt,
                                Instant answeredAt) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id, o.authorName, o.text, o.answer, o.filedAt, o.answeredAt);
        }
    }

    /** A milestone; {@code unrecorded}: still planned after its due date (issue 19). */
    public record MilestoneView(long id, String title, LocalDate dueOn, MilestoneStatus status, LocalDate doneOn,
                                String note, boolean unrecorded) {
        static MilestoneView of(Milestone m, LocalDate today) {
            return new MilestoneView(m.id, m.title, m.dueOn, m.status, m.doneOn, m.note,
                    MilestoneWorkflow.unrecorded(m.status, m.dueOn, today));
        }
    }

    public record ExpenseView(String description, long amountFen) {
    }

    public record ReportView(long id, String text, int percent, LocalDate reportedOn, List<ExpenseView> expenses) {
    }

    public record EvaluationView(long ratings, BigDecimal score, PerformanceGrade grade, Integer myStars) {
    }

    public record ComplaintView(long id, String authorName, String text, String answer, Instant filedAt,
                                Instant answeredAt) {
        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.id, c.authorName, c.text, c.answer, c.filedAt, c.answeredAt);
        }
    }

    /** The money trail of one project: budget → approved → contracted → spent → final. */
    public record ProjectTrail(long projectId, String title, ProjectStatus status, long estimatedFen, Long approvedFen,
                               Long contractFen, long spentFen, Long finalFen) {
    }

    /** A cycle's money: allocated to approved projects vs spent vs unspent, with the per-project trails. */
    public record CycleTrail(long cycleId, long budgetFen, long allocatedFen, long spentFen, long unspentFen,
                             List<ProjectTrail> projects) {
    }
}
