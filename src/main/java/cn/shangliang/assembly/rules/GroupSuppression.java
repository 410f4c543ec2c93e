package cn.shangliang.assembly.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a published breakdown from naming voters: a group (a building's row) is shown on its own only when each of
 * its agree / oppose / abstain cells is empty or holds at least {@code minimum} ballots. Rows that fail are merged
 * into one row; while that merged row still fails, the smallest shown row joins it. The rows still add up exactly
 * to the estate's totals, so a recount from the published rows loses nothing (docs/rules/ballot-privacy.md).
 */
public final class GroupSuppression {

    private GroupSuppression() {
    }

    /** The rows to publish: the rows that may stand alone, in their order, then the merged row, if any. */
    public static List<BuildingTally> apply(List<BuildingTally> rows, int minimum, String mergedName) {
        if (minimum <= 1) {
            return List.copyOf(rows);
        }
        List<BuildingTally> shown = new ArrayList<>();
        List<BuildingTally> merged = new ArrayList<>();
        for (BuildingTally row : rows) {
            (publishable(row, minimum) ? shown : merged).add(row);
        }
        if (merged.isEmpty()) {
            return List.copyOf(shown);
        }
        BuildingTally pool = sum(merged, mergedName);
        while (!publishable(pool, minimum) && !shown.isEmpty()) {
            BuildingTally smallest = shown.stream()
                    .min(Comparator.comparingLong((BuildingTally b) -> b.participating().heads())
                            .thenComparing(BuildingTally::building))
                    .orElseThrow();
            shown.remove(smallest);
            merged.add(smallest);
            pool = sum(merged, mergedName);
        }
        shown.add(pool);
        return List.copyOf(shown);
    }

    static boolean publishable(BuildingTally row, int minimum) {
        return fine(row.agree(), minimum) && fine(row.oppose(), minimum) && fine(row.abstain(), minimum);
    }

    /** An empty cell names nobody; a cell with area but fewer than the minimum ballots might. */
    private static boolean fine(Weight cell, int minimum) {
        return (cell.heads() == 0 && cell.area() == 0) || cell.heads() >= minimum;
    }

    private static BuildingTally sum(List<BuildingTally> rows, String name) {
        Weight total = Weight.ZERO;
        Weight agree = Weight.ZERO;
        Weight oppose = Weight.ZERO;
        Weight abstain = Weight.ZERO;
        for (BuildingTally r : rows) {
            total = total.plus(r.total());
            agree = agree.plus(r.agree());
            oppose = oppose.plus(r.oppose());
            abstain = abstain.plus(r.abstain());
        }
        return new BuildingTally(name, total, agree, oppose, abstain);
    }
}
