package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The knobs of the selection rules; a rule reads only those that concern it.
 *
 * @param tieBreak           order between tied projects
 * @param utilities          Equal Shares only
 * @param minScore           greedy only: projects scoring below it are dropped; required by
 *                           "greedy-threshold", null for none
 * @param stopWhenExhaustive Equal Shares with Add1 only: also stop raising the per-voter budget as soon as
 *                           the outcome is exhaustive (no unfunded project fits the money left), as
 *                           pabutools and equalshares.net do; false follows the Pabulib README literally
 * @param raise              Equal Shares with Add1 only: what each raise adds to every voter's money, in the
 *                           unit of the costs: 1 (one unit of the currency, as Pabulib defines Add1), or 100
 *                           for our cycles, which count fen and raise by one yuan (the same outcome as the
 *                           same cycle counted in yuan)
 */
public record RuleParams(TieBreak tieBreak, Utilities utilities, BigDecimal minScore, boolean stopWhenExhaustive,
        BigDecimal raise) {

    public RuleParams {
        Objects.requireNonNull(tieBreak, "tieBreak");
        Objects.requireNonNull(utilities, "utilities");
        Objects.requireNonNull(raise, "raise");
    }

    public RuleParams(TieBreak tieBreak, Utilities utilities, BigDecimal minScore, boolean stopWhenExhaustive) {
        this(tieBreak, utilities, minScore, stopWhenExhaustive, BigDecimal.ONE);
    }

    /** Our product's defaults for its own elections, whose money is counted in fen. */
    public static RuleParams product() {
        return new RuleParams(TieBreak.LOWER_COST_THEN_SUBMISSION, Utilities.COST, null, false, BigDecimal.valueOf(100));
    }

    /** What reproduces a Pabulib file: id tie-break, cost utilities, the META threshold if any. */
    public static RuleParams pabulib(Map<String, String> meta) {
        String threshold = meta.get("min_project_score_threshold");
        return new RuleParams(TieBreak.PROJECT_ID, Utilities.COST,
                threshold == null || threshold.isBlank() ? null : new BigDecimal(threshold.trim()), false);
    }

    public RuleParams withTieBreak(TieBreak value) {
        return new RuleParams(value, utilities, minScore, stopWhenExhaustive, raise);
    }

    public RuleParams withUtilities(Utilities value) {
        return new RuleParams(tieBreak, value, minScore, stopWhenExhaustive, raise);
    }

    public RuleParams withMinScore(BigDecimal value) {
        return new RuleParams(tieBreak, utilities, value, stopWhenExhaustive, raise);
    }

    public RuleParams withStopWhenExhaustive(boolean value) {
        return new RuleParams(tieBreak, utilities, minScore, value, raise);
    }

    public RuleParams withRaise(BigDecimal value) {
        return new RuleParams(tieBreak, utilities, minScore, stopWhenExhaustive, value);
    }
}
