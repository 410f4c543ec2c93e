package cn.shangliang.budget.rules;

import java.math.BigDecimal;

/**
 * One project's line in an Equal Shares result, taken from the run whose outcome was kept.
 *
 * @param supporters          voters approving the project
 * @param round               1-based round it was bought in, 0 if it cost nothing; null if not funded
 * @param pricePerSupporter   what each supporter was asked to pay, exact (supporters with less paid all
 *                            they had); null if not funded
 * @param supportersMoneyLeft what its supporters still held when the run ended; null if funded. Less
 *                            than the cost, which is why it was not bought
 * @param completionStep      how many times Add1 raised the per-voter budget before the kept outcome
 *                            (0 without completion)
 * @param perVoterBudget      each voter's starting money in the kept run: budget / voters + step
 */
public record EqualSharesExplanation(String projectId, BigDecimal cost, long supporters, EqualSharesVerdict verdict,
        Integer round, Fraction pricePerSupporter, Fraction supportersMoneyLeft, int completionStep,
        Fraction perVoterBudget) implements Explanation {

    @Override
    public boolean funded() {
        return verdict == EqualSharesVerdict.FUNDED;
    }

    @Override
    public String reason() {
        return switch (verdict) {
            case FUNDED -> "funded in round " + round + " at " + pricePerSupporter + " per supporter";
            case NOT_AFFORDABLE -> verdict.text() + ": they had " + supportersMoneyLeft + " left for a cost of "
                    + cost.toPlainString();
            case NO_SUPPORTERS, WITHDRAWN -> verdict.text();
        };
    }
}
