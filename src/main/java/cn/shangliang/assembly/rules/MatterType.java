package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Threshold;

/**
 * The matters owners decide jointly (民法典 Art. 278 ¶1) and the share of the participating area and of
 * the participating headcount that must agree (Art. 278 ¶2): items 6–8 need three quarters or more,
 * every other item more than half.
 */
public enum MatterType {
    RULES_OF_PROCEDURE("制定和修改业主大会议事规则", Threshold.MORE_THAN_HALF),
    MANAGEMENT_COVENANT("制定和修改管理规约", Threshold.MORE_THAN_HALF),
    OWNERS_COMMITTEE("选举业主委员会或者更换业主委员会成员", Threshold.MORE_THAN_HALF),
    PROPERTY_MANAGER("选聘和解聘物业服务企业或者其他管理人", Threshold.MORE_THAN_HALF),
    USE_MAINTENANCE_FUND("使用建筑物及其附属设施的维修资金", Threshold.MORE_THAN_HALF),
    RAISE_MAINTENANCE_FUND("筹集建筑物及其附属设施的维修资金", Threshold.AT_LEAST_THREE_QUARTERS),
    REBUILD("改建、重建建筑物及其附属设施", Threshold.AT_LEAST_THREE_QUARTERS),
    COMMON_PARTS_USE("改变共有部分的用途或者利用共有部分从事经营活动", Threshold.AT_LEAST_THREE_QUARTERS),
    OTHER_MAJOR("有关共有和共同管理权利的其他重大事项", Threshold.MORE_THAN_HALF);

    /** Participation quorum of Art. 278 ¶2: of all exclusive area and of all owners, both. */
    public static final Threshold QUORUM = Threshold.AT_LEAST_TWO_THIRDS;

    private final String label;
    private final Threshold threshold;

    MatterType(String label, Threshold threshold) {
        this.label = label;
        this.threshold = threshold;
    }

    /** The item's wording in Art. 278 ¶1. */
    public String label() {
        return label;
    }

    /** The share of the participating area and headcount that must agree. */
    public Threshold threshold() {
        return threshold;
    }
}
