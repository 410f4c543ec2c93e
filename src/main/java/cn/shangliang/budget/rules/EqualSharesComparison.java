package cn.shangliang.budget.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Equal Shares with the comparison step (Pabulib {@code equalshares-comparison} and
 * {@code equalshares/add1-comparison}, as equalshares.net and the Pabulib checker define it): compute the Equal
 * Shares outcome (with the completion the name says) and the greedy outcome (by votes, skipping what does not
 * fit); count the voters who approve more funded projects under greedy than under Equal Shares, and the
 * reverse; keep Equal Shares unless strictly more voters prefer greedy. The result carries both counts.
 */
public final class EqualSharesComparison implements SelectionRule {

    private final EqualShares equalShares;
    private final Greedy greedy;

    public EqualSharesComparison(EqualShares equalShares, Greedy greedy) {
        this.equalShares = Objects.requireNonNull(equalShares, "equalShares");
        this.greedy = Objects.requireNonNull(greedy, "greedy");
    }

    @Override
    public String name() {
        return equalShares.name() + "-comparison";
    }

    @Override
    public SelectionResult<? extends Explanation> select(SelectionInput input) {
        SelectionResult<EqualSharesExplanation> proportional = equalShares.select(input);
        SelectionResult<GreedyExplanation> byVotes = greedy.select(input);
        Comparison comparison = compare(input.ballots(), proportional.selected(), byVotes.selected());
        SelectionResult<? extends Explanation> winner = comparison.greedyWon() ? byVotes : proportional;
        return new SelectionResult<Explanation>(name(), winner.selected(), winner.spent(),
                List.<Explanation>copyOf(winner.explanations()), comparison);
    }

    static Comparison compare(List<BallotChoices> ballots, List<String> equalShares, List<String> greedy) {
        Set<String> es = new HashSet<>(equalShares);
        Set<String> gr = new HashSet<>(greedy);
        int preferEs = 0;
        int preferGreedy = 0;
        for (BallotChoices ballot : ballots) {
            int underEs = 0;
            int underGreedy = 0;
            for (String id : ballot.projectIds()) {
                underEs += es.contains(id) ? 1 : 0;
                underGreedy += gr.contains(id) ? 1 : 0;
            }
            if (underEs > underGreedy) {
                preferEs++;
            } else if (underGreedy > underEs) {
                preferGreedy++;
            }
        }
        return new Comparison(preferEs, preferGreedy, preferGreedy > preferEs);
    }
}
