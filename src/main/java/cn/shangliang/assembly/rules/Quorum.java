package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Threshold;

/**
 * The participation quorum's outcome: by how much it fell short, if it did.
 *
 * @param shortfall the further area (0.01 m²) and heads that would have had to take part; each part is
 *                  zero when that measure was reached
 */
public record Quorum(Weight shortfall) {

    static Quorum of(Weight participating, Weight total) {
        Weight minimum = minimumOf(total);
        long areaShort = Math.max(0, minimum.area() - participating.area());
        long headsShort = Math.max(0, minimum.heads() - participating.heads());
        return new Quorum(new Weight(areaShort, headsShort));
    }

    /** The least area and the fewest heads that reach the quorum of {@code total}. */
    public static Weight minimumOf(Weight total) {
        Threshold q = MatterType.QUORUM;
        return new Weight(q.minimumOf(total.area()), q.minimumOf(total.heads()));
    }

    /** Met when nothing is short: {@link Threshold#minimumOf} is the least part that reaches two thirds. */
    public boolean met() {
        return shortfall.equals(Weight.ZERO);
    }
}
