package cn.shangliang.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {

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
}
