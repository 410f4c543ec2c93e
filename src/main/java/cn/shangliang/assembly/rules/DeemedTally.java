package cn.shangliang.assembly.rules;

/**
 * The tally with silent owners deemed to follow the majority, beside the raw one.
 *
 * @param followed        the choice silent owners were deemed to make; null when no choice held more
 *                        than half of both the participating area and headcount, and then nobody is
 *                        deemed and {@code tally} equals the raw tally
 * @param silentFollowing the area and heads deemed to have followed
 */
public record DeemedTally(String citation, Choice followed, Weight silentFollowing, TallyResult tally) {
}
