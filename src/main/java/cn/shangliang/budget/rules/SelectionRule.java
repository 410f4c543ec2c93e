package cn.shangliang.budget.rules;

import java.util.Locale;

/** A participatory-budget selection rule: a pure function from ballots and a budget to funded projects. */
public interface SelectionRule {

    /** The name {@link #forName} takes, as in Pabulib's META {@code rule}. */
    String name();

    SelectionResult<? extends Explanation> select(SelectionInput input);

    /**
     * Looks a rule up by its Pabulib name: {@code greedy}, {@code greedy-no-skip}, {@code greedy-threshold}
     * (needs {@link RuleParams#minScore()}), {@code equalshares}, {@code equalshares/add1}, and each of the last two
     * with the comparison step ({@code equalshares-comparison}, {@code equalshares/add1-comparison}).
     *
     * @throws IllegalArgumentException for an unknown name or a missing threshold
     */
    static SelectionRule forName(String name, RuleParams params) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "greedy" -> Greedy.skipping(params.tieBreak());
            case "greedy-no-skip" -> Greedy.stoppingAtFirstMiss(params.tieBreak());
            case "greedy-threshold" -> {
                if (params.minScore() == null) {
                    throw new IllegalArgumentException("greedy-threshold needs a minimum score");
                }
                yield Greedy.withThreshold(params.minScore(), params.tieBreak());
            }
            case "equalshares" -> new EqualShares(params.utilities(), params.tieBreak(), false, false);
            case "equalshares/add1" ->
                    new EqualShares(params.utilities(), params.tieBreak(), true, params.stopWhenExhaustive(),
                            Fraction.of(params.raise()));
            case "equalshares-comparison" -> new EqualSharesComparison(
                    new EqualShares(params.utilities(), params.tieBreak(), false, false), Greedy.skipping(params.tieBreak()));
            case "equalshares/add1-comparison" -> new EqualSharesComparison(
                    new EqualShares(params.utilities(), params.tieBreak(), true, params.stopWhenExhaustive(),
                            Fraction.of(params.raise())),
                    Greedy.skipping(params.tieBreak()));
            default -> throw new IllegalArgumentException("unknown selection rule '" + name
                    + "'; known: greedy, greedy-no-skip, greedy-threshold, equalshares, equalshares/add1,"
                    + " equalshares-comparison, equalshares/add1-comparison");
        };
    }
}
