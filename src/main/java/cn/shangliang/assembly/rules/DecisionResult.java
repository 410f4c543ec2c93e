package cn.shangliang.assembly.rules;

/**
 * The outcome of a joint decision on one matter.
 *
 * @param deemed the tally under the silent-majority clause; null when the clause is off
 */
public record DecisionResult(MatterType matter, TallyResult raw, DeemedTally deemed) {
}
