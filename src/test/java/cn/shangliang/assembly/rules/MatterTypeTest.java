package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Threshold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MatterTypeTest {

    @Test
    void theNineItemsOfArticle278InOrderWithTheirThresholds() {
        Threshold half = new Threshold(1, 2, false);
        Threshold threeQuarters = new Threshold(3, 4, true);
        List<Threshold> expected = List.of(half, half, half, half, half, threeQuarters, threeQuarters, threeQuarters, half);
        MatterType[] items = MatterType.values();
        assertEquals(9, items.length);
        for (int i = 0; i < items.length; i++) {
            assertEquals(expected.get(i), items[i].threshold(), "item " + (i + 1));
            assertFalse(items[i].label().isBlank());
        }
        assertEquals("筹集建筑物及其附属设施的维修资金", MatterType.RAISE_MAINTENANCE_FUND.label());
        assertEquals("使用建筑物及其附属设施的维修资金", MatterType.USE_MAINTENANCE_FUND.label());
    }

    @Test
    void quorumIsTwoThirdsOrMore() {
        assertEquals(new Threshold(2, 3, true), MatterType.QUORUM);
    }
}
