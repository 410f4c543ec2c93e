package cn.shangliang.common.rules;

import cn.shangliang.common.i18n.ErrorTexts;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fraction that a part of a whole must exceed ({@code > n/d}: 过半数, 超过) or reach ({@code >= n/d}: 以上,
 * 不少于), per 民法典 Art. 1259 (DOMAIN.md §0). One type for every count in the app: council quorums and
 * majorities, hearing quotas, budget votes and the owners' assembly tally.
 *
 * <p>Compared by exact integer cross-multiplication ({@code part·d} against {@code n·whole}), never floating
 * point. Products use {@link Math#multiplyExact}: an overflow throws rather than compare wrongly. The
 * assembly's largest values (areas in 0.01 m², 20,000 units) stay many orders of magnitude below it.
 *
 * <p>Reduced on creation, so "> 2/4" equals "> 1/2". A whole of zero never meets a threshold: a council
 * without members has no quorum, a meeting with nobody present passes nothing, and nothing reaches a
 * fraction of no participants.
 */
public record Threshold(long numerator, long denominator, boolean inclusive) {
    public static final Threshold MORE_THAN_HALF = new Threshold(1, 2, false);
    public static final Threshold AT_LEAST_TWO_THIRDS = new Threshold(2, 3, true);
    public static final Threshold AT_LEAST_THREE_QUARTERS = new Threshold(3, 4, true);

    private static final Pattern FORM = Pattern.compile("\\s*(>=|≥|>)\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    /** A fraction in [0, 1]; "more than the whole" ({@code > 1/1}) is refused since nothing can reach it. */
    public Threshold {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold is a fraction in [0, 1]: " + numerator + "/" + denominator);
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

    /**
     * Reads the configuration form: {@code "> 2/3"}, {@code ">= 1/2"} or {@code "≥ 3/4"}. A configured
     * numerator of 0 is refused: a quorum or majority of nothing is a misconfiguration, not a rule.
     */
    public static Threshold parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches() || Long.parseLong(m.group(2)) == 0) {
            throw new IllegalArgumentException("expected a threshold like \"> 2/3\" or \">= 1/2\", got: " + text);
        }
        return new Threshold(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), !m.group(1).equals(">"));
    }

    /**
     * Whether {@code part} of {@code whole} meets this fraction: {@code part·d > n·whole} (strict) or
     * {@code >=} (inclusive). Nothing meets a fraction of a whole of zero.
     *
     * @throws IllegalArgumentException when part is not within 0..whole (a caller's counting error)
     * @throws ArithmeticException      when a product overflows a long
     */
    public boolean isMetBy(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("part " + part + " is not within 0.." + whole);
        }
        if (whole == 0) {
            return false;
        }
        long left = Math.multiplyExact(part, denominator);
        long right = Math.multiplyExact(numerator, whole);
        return inclusive ? left >= right : left > right;
    }

    /**
     * The smallest part of {@code whole} that meets the threshold: ⌊n·w/d⌋ + 1 (strict), ⌈n·w/d⌉
     * (inclusive), and never less than 1.
     *
     * <p>A whole of 0 is accepted and gives 1, not an error: council and hearing pages show "须至少1人" for a
     * council without members, and the assembly's live turnout may count an empty snapshot; since
     * {@link #isMetBy} is false for a whole of 0, 1 is still "the least that would be needed". The assembly
     * tally itself never passes 0 (a {@code Roster} without area is refused). A negative whole throws.
     */
    public long minimumOf(long whole) {
        if (whole < 0) {
            throw new IllegalArgumentException("negative whole: " + whole);
        }
        long scaled = Math.multiplyExact(numerator, whole);
        long minimum = inclusive ? Math.addExact(scaled, denominator - 1) / denominator : scaled / denominator + 1;
        return Math.max(1, minimum);
    }

    /** How many more are needed to meet the threshold; 0 when it is already met. */
    public long shortfall(long part, long whole) {
        return isMetBy(part, whole) ? 0 : minimumOf(whole) - part;
    }

    /** The Chinese wording used in messages: 超过2/3, 不少于1/2. */
    public String label() {
        return labelOf("");
    }

    /**
     * The wording with what the fraction is of, in the reader's language (an argument of a refusal, or
     * {@code label()} for a stored Chinese text): {@code whole} is a code of the errors bundle, e.g.
     * {@code threshold.whole.members} (应到人数 / the members).
     */
    public Labelled of(String whole) {
        Threshold t = this;
        return new Labelled() {
            @Override
            public String label() {
                return label("zh");
            }

            @Override
            public String label(String language) {
                String key = t.inclusive ? "threshold.at-least.of" : "threshold.more-than.of";
                return ErrorTexts.format(ErrorTexts.pattern(key, language),
                        List.of(t.numerator + "/" + t.denominator, ErrorTexts.text(whole, language)), language);
            }
        };
    }

    /** The wording with what the fraction is of: 超过应到人数的2/3. */
    public String labelOf(String whole) {
        String key = (inclusive ? "threshold.at-least" : "threshold.more-than") + (whole.isEmpty() ? "" : ".of");
        return ErrorTexts.format(ErrorTexts.pattern(key, "zh"), List.of(numerator + "/" + denominator, whole), "zh");
    }

    /** The form shown to readers next to the law's wording: {@code "> 1/2"}, {@code "≥ 2/3"}. */
    public String notation() {
        return (inclusive ? "≥ " : "> ") + numerator + "/" + denominator;
    }

    /** The configuration form, which {@link #parse} reads back: {@code "> 2/3"}, {@code ">= 1/2"}. */
    @Override
    public String toString() {
        return (inclusive ? ">= " : "> ") + numerator + "/" + denominator;
    }
}
