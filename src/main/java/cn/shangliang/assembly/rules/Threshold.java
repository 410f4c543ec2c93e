package cn.shangliang.assembly.rules;

/**
 * An exact fraction to reach: {@code part/whole > n/d} (strict, "过半数") or {@code part/whole ≥ n/d}
 * (inclusive, "以上"), per 民法典 Art. 1259. Compared by integer cross-multiplication; an overflow
 * throws rather than compare wrongly.
 */
public record Threshold(long numerator, long denominator, boolean inclusive) {

    public static final Threshold MORE_THAN_HALF = new Threshold(1, 2, false);
    public static final Threshold AT_LEAST_TWO_THIRDS = new Threshold(2, 3, true);
    public static final Threshold AT_LEAST_THREE_QUARTERS = new Threshold(3, 4, true);

    public Threshold {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("not a fraction in [0, 1]: " + numerator + "/" + denominator);
        }
    }

    /** Whether {@code part} of {@code whole} reaches this fraction. Nothing reaches a fraction of nothing. */
    public boolean reachedBy(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("negative count: " + part + "/" + whole);
        }
        if (whole == 0) {
            return false;
        }
        long left = Math.multiplyExact(part, denominator);
        long right = Math.multiplyExact(numerator, whole);
        return inclusive ? left >= right : left > right;
    }

    /** The smallest part of {@code whole} that reaches this fraction. */
    public long minimumOf(long whole) {
        if (whole <= 0) {
            throw new IllegalArgumentException("whole must be positive: " + whole);
        }
        long right = Math.multiplyExact(numerator, whole);
        return inclusive ? -Math.floorDiv(-right, denominator) : Math.floorDiv(right, denominator) + 1;
    }

    @Override
    public String toString() {
        return (inclusive ? "≥ " : "> ") + numerator + "/" + denominator;
    }
}
