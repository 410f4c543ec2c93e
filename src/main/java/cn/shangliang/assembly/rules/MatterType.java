package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Labelled;
import cn.shangliang.common.rules.Threshold;

/**
 * The matters owners decide jointly (民法典 Art. 278 ¶1) and the share of the participating area and of
 * the participating headcount that must agree (Art. 278 ¶2): items 6–8 need three quarters or more,
 * every other item more than half. Labels are the items' wording in Art. 278 ¶1.
 */
public enum MatterType implements Labelled {
    RULES_OF_PROCEDURE(Threshold.MORE_THAN_HALF),
    MANAGEMENT_COVENANT(Threshold.MORE_THAN_HALF),
    OWNERS_COMMITTEE(Threshold.MORE_THAN_HALF),
    PROPERTY_MANAGER(Threshold.MORE_THAN_HALF),
    USE_MAINTENANCE_FUND(Threshold.MORE_THAN_HALF),
    RAISE_MAINTENANCE_FUND(Threshold.AT_LEAST_THREE_QUARTERS),
    REBUILD(Threshold.AT_LEAST_THREE_QUARTERS),
    COMMON_PARTS_USE(Threshold.AT_LEAST_THREE_QUARTERS),
    OTHER_MAJOR(Threshold.MORE_THAN_HALF);

    /** Participation quorum of Art. 278 ¶2: of all exclusive area and of all owners, both. */
    public static final Threshold QUORUM = Threshold.AT_LEAST_TWO_THIRDS;

    private final Threshold threshold;

    MatterType(Threshold threshold) {
        this.threshold = threshold;
    }

    /** The share of the participating area and headcount that must agree. */
    public Threshold threshold() {
        return threshold;
    }
}
