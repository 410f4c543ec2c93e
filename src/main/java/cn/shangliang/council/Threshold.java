package cn.shangliang.council;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fraction that a count must exceed ({@code > n/d}, 过半数 / 超过) or reach ({@code >= n/d}, 以上 / 不少于),
 * compared in exact integer arithmetic, never floating point (DOMAIN.md §0). Reduced on creation, so "> 2/4"
 * equals "> 1/2".
 *
 * <p>A whole of zero never meets a threshold: a council without members has no quorum, and a meeting with
 * nobody present passes nothing.
 */
public record Threshold(long numerator, long denominator, boolean inclusive) {
    private static final Pattern FORM = Pattern.compile("\\s*(>=|≥|>)\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Threshold {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold is a fraction in (0, 1]: " + numerator + "/" + denominator);
        }
        if (!inclusive && numerator == denominator) {
            throw new IllegalArgumentException("more than the whole can never be reached");
        }
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
        numerator /= gcd;
        denominator /= gcd;
    }

    public static Threshold moreThan(long numerator, long denominator) {
        return new Threshold(numerator, denominator, false);
    }

    public static Threshold atLeast(long numerator, long denominator) {
        return new Threshold(numerator, denominator, true);
    }

    /** Reads the configuration form: {@code "> 2/3"}, {@code ">= 1/2"} or {@code "≥ 3/4"}. */
    public static Threshold parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a threshold like \"> 2/3\" or \">= 1/2\", got: " + text);
        }
        return new Threshold(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), !m.group(1).equals(">"));
    }

    /** The smallest count out of {@code whole} that meets the threshold; at least 1. */
    public long minimumOf(long whole) {
        if (whole < 0) {
            throw new IllegalArgumentException("negative whole: " + whole);
        }
        long scaled = Math.multiplyExact(numerator, whole);
        long minimum = inclusive ? Math.addExact(scaled, denominator - 1) / denominator : scaled / denominator + 1;
        return Math.max(1, minimum);
    }

    public boolean isMetBy(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("part " + part + " is not within 0.." + whole);
        }
        return part >= minimumOf(whole);
    }

    /** How many more are needed to meet the threshold; 0 when it is already met. */
    public long shortfall(long part, long whole) {
        return isMetBy(part, whole) ? 0 : minimumOf(whole) - part;
    }

    /** The Chinese wording used in messages: 超过2/3, 不少于1/2. */
    public String label() {
        return labelOf("");
    }

    /** The wording with what the fraction is of: 超过应到人数的2/3. */
    public String labelOf(String whole) {
        return (inclusive ? "不少于" : "超过") + (whole.isEmpty() ? "" : whole + "的") + numerator + "/" + denominator;
    }

    @Override
    public String toString() {
        return (inclusive ? ">= " : "> ") + numerator + "/" + denominator;
    }
}
