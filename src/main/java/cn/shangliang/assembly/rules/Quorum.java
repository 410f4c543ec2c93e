package cn.shangliang.assembly.rules;

/**
 * Whether the participation quorum was met, and if not by how much it fell short.
 *
 * @param shortfall the further area (0.01 m²) and heads that would have had to take part; each part is
 *                  zero when that measure was reached
 */
public record Quorum(boolean met, Weight shortfall) {

    static Quorum of(Weight participating, Weight total) {
        Threshold q = MatterType.QUORUM;
        long areaShort = Math.max(0, q.minimumOf(total.area()) - participating.area());
        long headsShort = Math.max(0, q.minimumOf(total.heads()) - participating.heads());
        boolean met = q.reachedBy(participating.area(), total.area()) && q.reachedBy(participating.heads(), total.heads());
        return new Quorum(met, new Weight(areaShort, headsShort));
    }
}
