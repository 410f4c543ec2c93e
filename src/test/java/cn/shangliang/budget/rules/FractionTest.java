package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class FractionTest {

    private static Fraction f(long numerator, long denominator) {
        return Fraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    @Test
    void keepsLowestTermsWithAPositiveDenominator() {
        assertEquals("2/3", f(4, 6).toString());
        assertEquals("-2/3", f(4, -6).toString());
        assertEquals("5", f(10, 2).toString());
        assertEquals(f(1, 3), f(2, 6));
        assertEquals(f(1, 3).hashCode(), f(2, 6).hashCode());
    }

    @Test
    void convertsDecimalsExactly() {
        assertEquals("215842719/100", Fraction.of(new BigDecimal("2158427.19")).toString());
        assertEquals(Fraction.of(100), Fraction.of(new BigDecimal("1E+2")));
        assertEquals(f(1, 10), Fraction.of(new BigDecimal("0.10")));
    }

    @Test
    void arithmeticIsExact() {
        Fraction third = f(1, 3);
        assertEquals(Fraction.ONE, third.add(third).add(third));
        assertEquals(f(1, 6), f(1, 2).subtract(third));
        assertEquals(f(1, 9), third.multiply(third));
        assertEquals(Fraction.of(3), Fraction.ONE.divide(third));
        assertEquals(f(10, 21), f(10, 3).divide(7));
        assertEquals(Fraction.of(2), third.multiply(6));
    }

    @Test
    void comparesByCrossMultiplication() {
        assertTrue(f(1, 3).compareTo(f(333333333, 1000000000)) > 0);
        assertTrue(f(2, 7).compareTo(f(3, 7)) < 0);
        assertEquals(0, f(2, 4).compareTo(f(1, 2)));
    }

    @Test
    void parsesWhatItPrints() {
        assertEquals(f(42703, 21), Fraction.parse("42703/21"));
        assertEquals(Fraction.of(new BigDecimal("12.5")), Fraction.parse("12.5"));
        assertEquals(new BigDecimal("2033.48"), f(42703, 21).toBigDecimal(2, RoundingMode.HALF_UP));
    }

    @Test
    void refusesZeroDenominator() {
        assertThrows(ArithmeticException.class, () -> f(1, 0));
        assertThrows(ArithmeticException.class, () -> Fraction.ONE.divide(Fraction.ZERO));
    }
}
