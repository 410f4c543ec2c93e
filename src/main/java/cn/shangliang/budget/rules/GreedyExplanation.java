package cn.shangliang.budget.rules;

import java.math.BigDecimal;

/**
 * One project's line in a greedy result.
 *
 * @param rank            1-based position in the ranking (score descending, then the tie-break)
 * @param score           the ranking key: votes, or points where the ballots carry points
 * @param remainingBefore money left when the rule reached this project
 */
public record GreedyExplanation(String projectId, int rank, BigDecimal score, BigDecimal cost,
        BigDecimal remainingBefore, GreedyVerdict verdict) implements Explanation {

    @Override
    public boolean funded() {
        return verdict == GreedyVerdict.FUNDED;
    }

    @Override
    public String reason() {
        String amounts = "costs " + cost.toPlainString() + ", " + remainingBefore.toPlainString() + " left";
        return switch (verdict) {
            case FUNDED, DOES_NOT_FIT -> verdict.text() + ": " + amounts;
            case BELOW_THRESHOLD -> verdict.text() + ": score " + score.toPlainString();
            case STOPPED, WITHDRAWN -> verdict.text();
        };
    }
}
