package cn.shangliang.common.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One threshold for every count: council, hearing and budget rules first, then the owners' assembly tally. */
class ThresholdTest {

    private static final Threshold HALF = Threshold.MORE_THAN_HALF;
    private static final Threshold TWO_THIRDS = Threshold.AT_LEAST_TWO_THIRDS;
    private static final Threshold THREE_QUARTERS = Threshold.AT_LEAST_THREE_QUARTERS;

    @ParameterizedTest(name = "\"{0}\" → {1}/{2}, inclusive {3}")
    @CsvSource(delimiter = ';', value = {
            "> 2/3;   2; 3; false",
            ">2/3;    2; 3; false",
            ">= 1/2;  1; 2; true",
            "≥ 3/4;   3; 4; true",
            "  >=2 / 4 ; 1; 2; true",
            ">= 1/1;  1; 1; true"})
    void parsesTheConfigurationForm(String text, long numerator, long denominator, boolean inclusive) {
        assertEquals(new Threshold(numerator, denominator, inclusive), Threshold.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2/3", "< 1/2", "> 0.5", "> 2/3 of members", "> 0/3", "> 4/3", "> 1/1", ">= 1/0", "=> 1/2"})
    void rejectsWhatIsNotAThreshold(String text) {
        assertThrows(IllegalArgumentException.class, () -> Threshold.parse(text));
    }

    @Test
    void printsBackTheConfigurationForm() {
        assertEquals("> 2/3", Threshold.parse(">2/3").toString());
        assertEquals(">= 1/2", Threshold.parse("≥ 2/4").toString());
        assertEquals("超过2/3", Threshold.moreThan(2, 3).label());
        assertEquals("不少于代表总数的1/3", Threshold.atLeast(1, 3).labelOf("代表总数"));
    }

    @ParameterizedTest(name = "{0} of {1}: minimum {2}")
    @CsvSource({
            // strictly more than 2/3 (议事会 quorum)
            "> 2/3, 20, 14",
            "> 2/3,  9,  7",
            "> 2/3,  3,  3",
            "> 2/3,  4,  3",
            "> 2/3,  1,  1",
            // strictly more than 1/2 (过半数)
            "> 1/2, 14,  8",
            "> 1/2, 15,  8",
            "> 1/2,  1,  1",
            // 以上 includes the number
            ">= 2/3, 9,  6",
            ">= 2/3, 15, 10",
            ">= 2/3, 16, 11",
            ">= 1/3, 15,  5",
            ">= 1/3, 16,  6",
            ">= 3/4, 4,   3",
            ">= 1/1, 7,   7",
            // nothing to count: never met, so the minimum is 1
            "> 2/3,  0,  1",
            ">= 1/3, 0,  1"})
    void minimumIsExactAtTheBoundary(String threshold, long whole, long minimum) {
        Threshold t = Threshold.parse(threshold);
        assertEquals(minimum, t.minimumOf(whole));
        if (minimum <= whole) {
            assertTrue(t.isMetBy(minimum, whole));
        }
        if (minimum - 1 <= whole) {
            assertFalse(t.isMetBy(minimum - 1, whole));
        }
    }

    @Test
    void comparesExactlyWhereFloatingPointWouldDrift() {
        long whole = 3_000_000_000_000L; // e.g. an area in 0.01 m² units
        assertTrue(Threshold.atLeast(2, 3).isMetBy(2_000_000_000_000L, whole));
        assertFalse(Threshold.moreThan(2, 3).isMetBy(2_000_000_000_000L, whole));
        assertTrue(Threshold.moreThan(2, 3).isMetBy(2_000_000_000_001L, whole));
        assertFalse(Threshold.atLeast(2, 3).isMetBy(1_999_999_999_999L, whole));
    }

    @Test
    void shortfallSaysHowManyMoreAreNeeded() {
        Threshold quorum = Threshold.moreThan(2, 3);
        assertEquals(1, quorum.shortfall(13, 20));
        assertEquals(0, quorum.shortfall(14, 20));
        assertEquals(0, quorum.shortfall(20, 20));
        assertEquals(14, quorum.shortfall(0, 20));
    }

    @Test
    void rejectsAPartOutsideTheWhole() {
        Threshold t = Threshold.moreThan(1, 2);
        assertThrows(IllegalArgumentException.class, () -> t.isMetBy(21, 20));
        assertThrows(IllegalArgumentException.class, () -> t.isMetBy(-1, 20));
        assertThrows(IllegalArgumentException.class, () -> t.minimumOf(-1));
    }

    // The owners' assembly tally (民法典 Art. 1259, 278): 过半数 strict, 以上 inclusive.

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
        assertEquals(half, HALF.isMetBy(part, whole));
        assertEquals(twoThirds, TWO_THIRDS.isMetBy(part, whole));
        assertEquals(threeQuarters, THREE_QUARTERS.isMetBy(part, whole));
    }

    @ParameterizedTest
    @CsvSource({"300, 200, 151, 225", "100, 67, 51, 75", "101, 68, 51, 76", "1, 1, 1, 1", "3, 2, 2, 3", "40000, 26667, 20001, 30000"})
    void minimumIsTheSmallestPartThatReaches(long whole, long twoThirds, long half, long threeQuarters) {
        assertEquals(twoThirds, TWO_THIRDS.minimumOf(whole));
        assertEquals(half, HALF.minimumOf(whole));
        assertEquals(threeQuarters, THREE_QUARTERS.minimumOf(whole));
    }

    @Test
    void minimumAgreesWithIsMetByForEveryWholeUpTo2000() {
        for (Threshold t : List.of(HALF, TWO_THIRDS, THREE_QUARTERS, new Threshold(0, 1, false), new Threshold(1, 1, true))) {
            for (long whole = 1; whole <= 2000; whole++) {
                long min = t.minimumOf(whole);
                if (min <= whole) {
                    assertTrue(t.isMetBy(min, whole), t + " " + min + "/" + whole);
                }
                assertFalse(t.isMetBy(min - 1, whole), t + " " + (min - 1) + "/" + whole);
            }
        }
    }

    @Test
    void nothingReachesAFractionOfNothing() {
        assertFalse(THREE_QUARTERS.isMetBy(0, 0));
        assertFalse(HALF.isMetBy(0, 0));
    }

    @Test
    void overflowThrowsInsteadOfComparingWrongly() {
        assertThrows(ArithmeticException.class, () -> THREE_QUARTERS.isMetBy(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2));
        assertThrows(ArithmeticException.class, () -> THREE_QUARTERS.minimumOf(Long.MAX_VALUE / 2));
    }

    @Test
    void realisticEstatesAreFarFromOverflow() {
        // 20,000 units of 10,000 m² each, in 0.01 m²
        long area = 20_000L * 1_000_000L;
        assertTrue(THREE_QUARTERS.isMetBy(area / 4 * 3, area));
        assertFalse(THREE_QUARTERS.isMetBy(area / 4 * 3 - 1, area));
    }

    @Test
    void refusesWhatIsNotAFractionOrACount() {
        assertThrows(IllegalArgumentException.class, () -> new Threshold(1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new Threshold(3, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new Threshold(-1, 2, true));
        assertThrows(IllegalArgumentException.class, () -> HALF.isMetBy(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> HALF.minimumOf(-1));
    }

    @Test
    void readsLikeTheLaw() {
        assertEquals("> 1/2", HALF.notation());
        assertEquals("≥ 2/3", TWO_THIRDS.notation());
        assertEquals("≥ 3/4", THREE_QUARTERS.notation());
    }
}
