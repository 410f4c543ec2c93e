package cn.shangliang.budget.rules;

/**
 * The comparison step's count: how many voters approve more funded projects under Equal Shares than under
 * greedy, and the reverse (voters who approve as many under both count for neither).
 *
 * @param preferEqualShares voters with more approved projects funded by Equal Shares
 * @param preferGreedy      voters with more approved projects funded by greedy
 * @param greedyWon         true only when strictly more voters prefer greedy; a tie keeps Equal Shares
 */
public record Comparison(int preferEqualShares, int preferGreedy, boolean greedyWon) {
}
