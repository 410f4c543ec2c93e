package cn.shangliang.community.rules;

/**
 * How one unit was counted: the area picked and its source, whether that area counts toward the
 * voting area, and the voter it counts for.
 */
public record CountedUnit(String unitId, String building, ExclusiveArea area, boolean areaCounts, String voterKey) {

    /** The area this unit adds to its voter, in 0.01 m². */
    public long countedCentiM2() {
        return areaCounts ? area.centiM2() : 0;
    }
}
