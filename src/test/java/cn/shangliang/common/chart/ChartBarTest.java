package cn.shangliang.common.chart;

import cn.shangliang.common.rules.Threshold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bars decide "met" by the rule's cross-multiplication, not by the rounded percentage they draw. */
class ChartBarTest {

    @Test
    void percentagesAreExactToTwoDecimalsAndClamped() {
        assertEquals("66.67", ChartBar.percent(2, 3));
        assertEquals("0.00", ChartBar.percent(0, 3));
        assertEquals("0.00", ChartBar.percent(5, 0));
        assertEquals("100.00", ChartBar.percent(7, 3));
    }

    @Test
    void metFollowsTheRuleNotTheDrawing() {
        // 6666/10000 draws as 66.66 % and 6667/10000 as 66.67 %: only the second is at least 2/3
        assertFalse(ChartBar.against("a", "", 6666, 10000, Threshold.AT_LEAST_TWO_THIRDS, "q").met());
        assertTrue(ChartBar.against("a", "", 6667, 10000, Threshold.AT_LEAST_TWO_THIRDS, "q").met());
        // exactly half is not more than half
        assertFalse(ChartBar.against("a", "", 5, 10, Threshold.MORE_THAN_HALF, "q").met());
        assertTrue(ChartBar.against("a", "", 0, 0, Threshold.MORE_THAN_HALF, "q").ticks().size() == 1);
        assertEquals("66.67", ChartBar.against("a", "", 1, 2, Threshold.AT_LEAST_TWO_THIRDS, "q").ticks().get(0).at());
    }

    @Test
    void countsAgainstAMinimumAndMarksWithoutARule() {
        ChartBar quorum = ChartBar.againstCount("p", "", 10, 15, 11, "at least 11");
        assertFalse(quorum.met());
        assertEquals("73.33", quorum.ticks().get(0).at());
        assertTrue(ChartBar.againstCount("p", "", 11, 15, 11, "").met());
        ChartBar grade = ChartBar.marked("g", "", 8500, 10000, List.of(new ChartBar.Tick("90.00", "A")));
        assertNull(grade.met());
        assertEquals("85.00", grade.fill());
    }
}
