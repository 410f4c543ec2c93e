package cn.shangliang.budget;

import cn.shangliang.common.web.BeijingDateTime;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import cn.shangliang.common.web.TypedInYuan;
import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What pages and the API submit; both pass the same records to the same services, whose methods are
 * {@code @Valid}. Constraint messages are errors-bundle codes (their bounds fill the code's arguments). Amounts
 * are fen; pages type them in yuan under the field named by {@link TypedInYuan}.
 */
public final class BudgetForms {

    /** The largest amount any form takes: 10 亿元 in fen. */
    static final long MAX_FEN = 100_000_000_000L;

    private BudgetForms() {
    }

    /** A new cycle; any null setting takes the DOMAIN.md §2 default. */
    public record CycleForm(@NotNull(message = "field.required") Long communityId,
                            @NotNull(message = "field.required") @Range(min = 2000, max = 2100, message = "field.between")
                            Integer year,
                            @Size(max = 200, message = "field.max-length") String title,
                            @TypedInYuan("budget") @Min(value = 0, message = "field.amount-range")
                            @Max(value = MAX_FEN, message = "field.amount-range") Long budgetFen,
                            @TypedInYuan("capWorks") @Min(value = 1, message = "field.amount-range")
                            @Max(value = MAX_FEN, message = "field.amount-range") Long capWorksFen,
                            @TypedInYuan("capService") @Min(value = 1, message = "field.amount-range")
                            @Max(value = MAX_FEN, message = "field.amount-range") Long capServiceFen,
                            @TypedInYuan("capGoods") @Min(value = 1, message = "field.amount-range")
                            @Max(value = MAX_FEN, message = "field.amount-range") Long capGoodsFen,
                            LocalDate proposalsOpenOn, LocalDate proposalsCloseOn,
                            @Range(min = 1, max = 60, message = "field.between") Integer noticeDays,
                            String quorum, String majority, VoteMode voteMode,
                            @Range(min = 1, max = 100, message = "field.between") Integer maxApprovals,
                            @Range(min = 1, max = 100, message = "field.between") Integer maxScore,
                            String rule,
                            @Min(value = 0, message = "field.not-negative") Integer minVotes) {
    }

    /**
     * Opening the vote. {@code voteEndsAt} is the deadline of a residents' vote, typed as Beijing time; left out,
     * the vote runs {@link CycleService#DEFAULT_VOTE_DAYS} days. Council votes end when staff close them.
     */
    public record StartVoteForm(@JsonDeserialize(using = BeijingDateTime.class) Instant voteEndsAt) {
    }

    /** A proposal; {@code proposerName} only for one collected on paper (the service requires it there). */
    public record ProposalForm(@NotBlank(message = "field.required") @Size(max = 200, message = "field.max-length")
                               String title,
                               @NotBlank(message = "field.required") @Size(max = 4000, message = "field.max-length")
                               String need,
                               @NotBlank(message = "field.required") @Size(max = 200, message = "field.max-length")
                               String location,
                               @NotNull(message = "field.required") ProjectType type,
                               @TypedInYuan("estimatedCost") @NotNull(message = "field.required")
                               @Min(value = 1, message = "field.amount-range")
                               @Max(value = MAX_FEN, message = "field.amount-range") Long estimatedCostFen,
                               @NotBlank(message = "field.required") @Size(max = 300, message = "field.max-length")
                               String beneficiaries,
                               @Size(max = 100, message = "field.max-length") String proposerName) {
    }

    public enum Decision { ACCEPT, REJECT }

    public record ReviewForm(@NotNull(message = "field.required") Decision decision, RejectReason reason,
                             @Size(max = 2000, message = "field.max-length") String note) {
    }

    public record MergeForm(@NotNull(message = "field.required") Long intoId,
                            @NotBlank(message = "field.required") @Size(max = 2000, message = "field.max-length")
                            String note) {
    }

    public record CostForm(@TypedInYuan("estimatedCost") @NotNull(message = "field.required")
                           @Min(value = 1, message = "field.amount-range")
                           @Max(value = MAX_FEN, message = "field.amount-range") Long estimatedCostFen,
                           @NotBlank(message = "field.required") @Size(max = 2000, message = "field.max-length")
                           String note) {
    }

    public record AttendanceForm(@JsonAlias("accountId") List<Long> accountIds,
                                 @Range(min = 1, max = 1000, message = "field.between") Integer membersTotal) {
    }

    /** Approvals: the chosen project ids. Scores: {@code points} aligned with {@code projectIds}. */
    public record VoteForm(List<Long> projectIds, List<Integer> points) {
    }

    public record TallyForm(Long memberAccountId, List<Long> projectIds, List<Integer> points) {
    }

    public record TextForm(@NotBlank(message = "field.required") @Size(max = 4000, message = "field.max-length")
                           String text) {
    }

    public record ContractForm(@NotBlank(message = "field.required") @Size(max = 200, message = "field.max-length")
                               String implementerName,
                               @NotNull(message = "field.required") ImplementerKind implementerKind,
                               @TypedInYuan("contract") @NotNull(message = "field.required")
                               @Min(value = 1, message = "field.amount-range")
                               @Max(value = MAX_FEN, message = "field.amount-range") Long contractFen,
                               @Size(max = 300, message = "field.max-length") String councilDecision,
                               LocalDate contractedOn) {
    }

    public record MilestoneForm(@NotBlank(message = "field.required") @Size(max = 200, message = "field.max-length")
                                String title,
                                @NotNull(message = "field.required") LocalDate dueOn) {
    }

    public record ExpenseForm(@NotBlank(message = "field.required") @Size(max = 300, message = "field.max-length")
                              String description,
                              @NotNull(message = "field.required") @Min(value = 1, message = "field.amount-range")
                              @Max(value = MAX_FEN, message = "field.amount-range") Long amountFen) {
    }

    public record ReportForm(@NotBlank(message = "field.required") @Size(max = 4000, message = "field.max-length")
                             String text,
                             @NotNull(message = "field.required") @Range(min = 0, max = 100, message = "field.between")
                             Integer percent,
                             List<@Valid ExpenseForm> expenses) {
    }

    public record AcceptanceForm(@NotNull(message = "field.required") AcceptanceResult result, String items,
                                 @NotBlank(message = "field.required") @Size(max = 300, message = "field.max-length")
                                 String representatives,
                                 @TypedInYuan("finalCost") @NotNull(message = "field.required")
                                 @Min(value = 0, message = "field.amount-range")
                                 @Max(value = MAX_FEN, message = "field.amount-range") Long finalCostFen) {
    }

    public record RatingForm(@NotNull(message = "field.required") @Range(min = 1, max = 5, message = "field.between")
                             Integer stars,
                             @Size(max = 2000, message = "field.max-length") String comment) {
    }
}
