package cn.shangliang.common.chart;

import cn.shangliang.common.rules.Threshold;

/** Pure helpers every feature's chart builder shares: a rule in words, an exact share in percent. */
public final class Charts {

    private Charts() {
    }

    public static String rule(Threshold t, ChartMessages m) {
        return t.inclusive() ? m.at_least(t.numerator(), t.denominator()) : m.more_than(t.numerator(), t.denominator());
    }

    /** An area in 0.01 m² as m² with two decimals. */
    public static String m2(long centi) {
        return java.math.BigDecimal.valueOf(centi, 2).toPlainString();
    }

    /** Money in fen as yuan with two decimals. */
    public static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
