package cn.shangliang.common.chart;

import cn.shangliang.common.rules.Threshold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Pure: one bar of a chart drawn without JavaScript ({@code tags/chart.html}): a part of a whole, drawn as a filled
 * share of a track, with threshold lines where a rule draws them, and the exact numbers beside in words. Whether
 * the rule is met is decided by cross-multiplication ({@link Threshold}), never from the drawn percentage, and is
 * said in words too, so the chart is not colour-only.
 *
 * @param fill   the filled share of the track in percent with two decimals (0–100), as SVG wants it
 * @param met    whether the bar's rule is met; null when the bar has no rule
 */
public record ChartBar(String label, String numbers, String fill, List<Tick> ticks, Boolean met) {

    /** A threshold line at {@code at} percent of the track, described by {@code label}. */
    public record Tick(String at, String label) {
    }

    /** A bar of {@code part} of {@code whole} against a fraction such as "at least 2/3". */
    public static ChartBar against(String label, String numbers, long part, long whole, Threshold rule, String ruleLabel) {
        return new ChartBar(label, numbers, percent(part, whole),
                List.of(new Tick(percent(rule.numerator(), rule.denominator()), ruleLabel)),
                whole > 0 && part >= 0 && part <= whole && rule.isMetBy(part, whole));
    }

    /** A bar of {@code part} of {@code whole} against a count (a quorum of members, a budget line). */
    public static ChartBar againstCount(String label, String numbers, long part, long whole, long needed, String ruleLabel) {
        long scale = Math.max(whole, needed);
        return new ChartBar(label, numbers, percent(part, scale), List.of(new Tick(percent(needed, scale), ruleLabel)),
                part >= needed);
    }

    /** A bar with several marks and no single rule (grade bands). */
    public static ChartBar marked(String label, String numbers, long part, long whole, List<Tick> ticks) {
        return new ChartBar(label, numbers, percent(part, whole), ticks, null);
    }

    /** {@code part / whole} in percent, two decimals, clamped to 0–100; 0 for an empty whole. */
    public static String percent(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return "0.00";
        }
        BigDecimal p = BigDecimal.valueOf(Math.min(part, whole)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
        return p.toPlainString();
    }
}
