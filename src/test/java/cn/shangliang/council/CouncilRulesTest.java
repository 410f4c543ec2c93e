package cn.shangliang.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.common.rules.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilRulesTest {
    private final CouncilRules rules = CouncilRules.DEFAULT;

    @ParameterizedTest(name = "{0} of {1} present: quorum {2}, {3} more needed")
    @CsvSource({
            "13, 20, false, 1", // 13/20 = 0.65 is not more than 2/3
            "14, 20, true,  0",
            "20, 20, true,  0",
            " 0, 20, false, 14",
            " 3,  4, true,  0", // 3/4 > 2/3
            " 2,  4, false, 1",
            " 2,  3, false, 1", // exactly 2/3 is not more than 2/3
            " 3,  3, true,  0",
            " 6,  9, false, 1",
            " 7,  9, true,  0",
            " 0,  0, false, 1"})
    void quorumIsMoreThanTwoThirdsOfMembers(int present, int members, boolean quorum, int moreNeeded) {
        assertEquals(quorum, rules.quorumPresent(present, members));
        assertEquals(moreNeeded, rules.moreNeededForQuorum(present, members));
    }

    @ParameterizedTest(name = "{0} yes of {1} present: passes {2}")
    @CsvSource({
            " 7, 14, false", // exactly half of those present fails 过半数
            " 8, 14, true",
            " 7, 15, false",
            " 8, 15, true",
            "14, 14, true",
            " 0, 14, false",
            " 1,  1, true",
            " 0,  0, false"})
    void aResolutionNeedsMoreThanHalfOfThosePresent(int yes, int present, boolean passes) {
        assertEquals(passes, rules.passes(yes, present));
    }

    @Test
    void thresholdsAreConfigurable() {
        CouncilRules local = new CouncilRules(Threshold.parse(">= 1/2"), Threshold.parse(">= 2/3"), 3);
        assertTrue(local.quorumPresent(10, 20));
        assertTrue(local.passes(10, 15));
        assertFalse(local.passes(9, 15));
    }

    @Test
    void noticeDaysCannotBeNegative() {
        assertThrows(IllegalArgumentException.class,
                () -> new CouncilRules(Threshold.moreThan(2, 3), Threshold.moreThan(1, 2), -1));
    }
}
