package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThresholdTest {

    private static final Threshold HALF = Threshold.MORE_THAN_HALF;
    private static final Threshold TWO_THIRDS = Threshold.AT_LEAST_TWO_THIRDS;
    private static final Threshold THREE_QUARTERS = Threshold.AT_LEAST_THREE_QUARTERS;

    @ParameterizedTest(name = "{0}/{1}: >1/2 {2}, >=2/3 {3}, >=3/4 {4}")
    @CsvSource({
            // exactly half is not more than half (过半数)
            "50, 100, false, false, false",
            "51, 100, true,  false, false",
            "1,  2,   false, false, false",
            // exactly two thirds is two thirds or more (三分之二以上)
            "2,  3,   true,  true,  false",
            "200, 300, true, true,  false",
            "199, 300, true, false, false",
            // 2/3 of 100 is 66.67: 66 fails, 67 reaches it
            "66, 100, true,  false, false",
            "67, 100, true,  true,  false",
            // exactly three quarters is three quarters or more (四分之三以上)
            "75, 100, true,  true,  true",
            "74, 100, true,  true,  false",
            "3,  4,   true,  true,  true",
            "29999, 39999, true, true, false",
            "30000, 40000, true, true, true",
            "0,  100, false, false, false",
            "100, 100, true, true,  true",
    })
    void comparesExactly(long part, long whole, boolean half, boolean twoThirds, boolean threeQuarters) {
        assertEquals(half, HALF.reachedBy(part, whole));
        assertEquals(twoThirds, TWO_THIRDS.reachedBy(part, whole));
        assertEquals(threeQuarters, THREE_QUARTERS.reachedBy(part, whole));
    }

    @ParameterizedTest
    @CsvSource({"300, 200, 151, 225", "100, 67, 51, 75", "101, 68, 51, 76", "1, 1, 1, 1", "3, 2, 2, 3", "40000, 26667, 20001, 30000"})
    void minimumIsTheSmallestPartThatReaches(long whole, long twoThirds, long half, long threeQuarters) {
        assertEquals(twoThirds, TWO_THIRDS.minimumOf(whole));
        assertEquals(half, HALF.minimumOf(whole));
        assertEquals(threeQuarters, THREE_QUARTERS.minimumOf(whole));
    }

    @Test
    void minimumAgreesWithReachedByForEveryWholeUpTo2000() {
        for (Threshold t : List.of(HALF, TWO_THIRDS, THREE_QUARTERS, new Threshold(0, 1, false), new Threshold(1, 1, true))) {
            for (long whole = 1; whole <= 2000; whole++) {
                long min = t.minimumOf(whole);
                if (min <= whole) {
                    assertTrue(t.reachedBy(min, whole), t + " " + min + "/" + whole);
                }
                assertFalse(t.reachedBy(min - 1, whole), t + " " + (min - 1) + "/" + whole);
            }
        }
    }

    @Test
    void nothingReachesAFractionOfNothing() {
        assertFalse(THREE_QUARTERS.reachedBy(0, 0));
        assertFalse(HALF.reachedBy(0, 0));
    }

    @Test
    void overflowThrowsInsteadOfComparingWrongly() {
        assertThrows(ArithmeticException.class, () -> THREE_QUARTERS.reachedBy(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2));
        assertThrows(ArithmeticException.class, () -> THREE_QUARTERS.minimumOf(Long.MAX_VALUE / 2));
    }

    @Test
    void realisticEstatesAreFarFromOverflow() {
        // 20,000 units of 10,000 m² each, in 0.01 m²
        long area = 20_000L * 1_000_000L;
        assertTrue(THREE_QUARTERS.reachedBy(area / 4 * 3, area));
        assertFalse(THREE_QUARTERS.reachedBy(area / 4 * 3 - 1, area));
    }

    @Test
    void refusesWhatIsNotAFractionOrACount() {
        assertThrows(IllegalArgumentException.class, () -> new Threshold(1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new Threshold(3, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new Threshold(-1, 2, true));
        assertThrows(IllegalArgumentException.class, () -> HALF.reachedBy(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> HALF.minimumOf(0));
    }

    @Test
    void readsLikeTheLaw() {
        assertEquals("> 1/2", HALF.toString());
        assertEquals("≥ 2/3", TWO_THIRDS.toString());
        assertEquals("≥ 3/4", THREE_QUARTERS.toString());
    }
}
