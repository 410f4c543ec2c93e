package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupSuppressionTest {

    private static BuildingTally row(String name, int agree, int oppose, int abstain) {
        return new BuildingTally(name, new Weight(100_00L * 40, 40), new Weight(100_00L * agree, agree),
                new Weight(90_00L * oppose, oppose), new Weight(80_00L * abstain, abstain));
    }

    @Test
    void rowsWhoseCellsAreEmptyOrLargeEnoughStandAlone() {
        List<BuildingTally> rows = List.of(row("1", 10, 5, 0), row("2", 6, 0, 5));
        assertEquals(rows, GroupSuppression.apply(rows, 5, "merged"));
    }

    @Test
    void aRowWithASmallCellIsMergedAndTheMergedRowGrowsUntilItIsLargeEnough() {
        BuildingTally small = row("1", 10, 1, 0);      // one opposing ballot would be named by its area
        BuildingTally big = row("2", 20, 9, 5);
        BuildingTally smallest = row("3", 6, 5, 5);
        List<BuildingTally> out = GroupSuppression.apply(List.of(small, big, smallest), 5, "merged");
        assertEquals(2, out.size());
        assertEquals("2", out.get(0).building());
        BuildingTally merged = out.get(1);
        assertEquals("merged", merged.building());
        assertEquals(16, merged.agree().heads());
        assertEquals(6, merged.oppose().heads());
        assertEquals(5, merged.abstain().heads());
    }

    @Test
    void theRowsAlwaysAddUpToTheEstate() {
        List<BuildingTally> rows = List.of(row("1", 1, 0, 0), row("2", 2, 2, 0), row("3", 0, 0, 1));
        List<BuildingTally> out = GroupSuppression.apply(rows, 5, "merged");
        assertEquals(1, out.size(), "nothing stands alone: one row, the estate's totals");
        assertEquals(3, out.get(0).agree().heads());
        assertEquals(2, out.get(0).oppose().heads());
        assertEquals(1, out.get(0).abstain().heads());
        assertEquals(100_00L * 3, out.get(0).agree().area());
    }

    @Test
    void aCellWithAreaButNoHeadIsSmall() {
        BuildingTally split = new BuildingTally("1", new Weight(100, 1), new Weight(0, 0), new Weight(50, 0), Weight.ZERO);
        assertEquals(List.of("merged"), GroupSuppression.apply(List.of(split), 5, "merged").stream()
                .map(BuildingTally::building).toList());
    }

    @Test
    void aMinimumOfOneShowsEverything() {
        List<BuildingTally> rows = List.of(row("1", 1, 0, 0));
        assertEquals(rows, GroupSuppression.apply(rows, 1, "merged"));
    }
}
