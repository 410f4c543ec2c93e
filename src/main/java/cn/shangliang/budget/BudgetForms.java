package cn.shangliang.budget;

import cn.shangliang.common.web.BeijingDateTime;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What pages and the API submit; both pass the same records to the same services. */
public final class BudgetForms {

    private BudgetForms() {
    }

    /** A new cycle; any null setting takes the DOMAIN.md §2 default. */
    public record CycleForm(Long communityId, Integer year, String title, Long budgetFen, Long capWorksFen,
                            Long capServiceFen, Long capGoodsFen, LocalDate proposalsOpenOn, LocalDate proposalsCloseOn,
                            Integer noticeDays, String quorum, String majority, VoteMode voteMode, Integer maxApprovals,
                            Integer maxScore, String rule, Integer minVotes) {
    }

    /**
     * Opening the vote. {@code voteEndsAt} is the deadline of a residents' vote, typed as Beijing time; left out,
     * the vote runs {@link CycleService#DEFAULT_VOTE_DAYS} days. Council votes end when staff close them.
     */
    public record StartVoteForm(@JsonDeserialize(using = BeijingDateTime.class) Instant voteEndsAt) {
    }

    /** A proposal; {@code proposerName} only for one collected on paper. */
    public record ProposalForm(String title, String need, String location, ProjectType type, Long estimatedCostFen,
                               String beneficiaries, String proposerName) {
    }

    public enum Decision { ACCEPT, REJECT }

    public record ReviewForm(Decision decision, RejectReason reason, String note) {
    }

    public record MergeForm(Long intoId, String note) {
    }

    public record CostForm(Long estimatedCostFen, String note) {
    }

    public record AttendanceForm(List<Long> accountIds, Integer membersTotal) {
    }

    /** Approvals: the chosen project ids. Scores: {@code points} aligned with {@code projectIds}. */
    public record VoteForm(List<Long> projectIds, List<Integer> points) {
    }

    public record TallyForm(Long memberAccountId, List<Long> projectIds, List<Integer> points) {
    }

    public record TextForm(String text) {
    }

    public record ContractForm(String implementerName, ImplementerKind implementerKind, Long contractFen,
                               String councilDecision, LocalDate contractedOn) {
    }

    public record MilestoneForm(String title, LocalDate dueOn) {
    }

    public record ExpenseForm(String description, Long amountFen) {
    }

    public record ReportForm(String text, Integer percent, List<ExpenseForm> expenses) {
    }

    public record AcceptanceForm(AcceptanceResult result, String items, String representatives, Long finalCostFen) {
    }

    public record RatingForm(Integer stars, String comment) {
    }
}
