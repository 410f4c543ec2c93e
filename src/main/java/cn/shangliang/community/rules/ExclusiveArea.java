package cn.shangliang.community.rules;

import cn.shangliang.community.AreaSource;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit's exclusive area (专有部分面积) in hundredths of a square metre, with its source.
 * Hundredths are exact: registers and contracts state areas to 0.01 m².
 */
public record ExclusiveArea(long centiM2, AreaSource source) {

    public ExclusiveArea {
        Objects.requireNonNull(source, "source");
        if (centiM2 <= 0) {
            throw new IllegalArgumentException("exclusive area must be positive: " + centiM2 + " (0.01 m²)");
        }
    }

    /**
     * Converts square metres to hundredths without rounding: an area with more than two decimals is
     * refused, because silently rounding a register's figure changes who reaches a threshold.
     */
    public static ExclusiveArea ofSquareMetres(BigDecimal m2, AreaSource source) {
        try {
            return new ExclusiveArea(m2.movePointRight(2).longValueExact(), source);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("area must have at most 2 decimals (0.01 m²): " + m2, e);
        }
    }
}
