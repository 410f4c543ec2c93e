package cn.shangliang.common.security;

import cn.shangliang.common.rules.Labelled;

/**
 * The roles of the platform. Each grant of a role applies within one scope (a subdistrict, community or estate);
 * a person may hold several (a council member is also a resident).
 */
public enum Role implements Labelled {
    RESIDENT("居民"),
    OWNER("业主"),
    COUNCIL_MEMBER("议事会成员"),
    COUNCIL_CHAIR("议事会主席"),
    COMMUNITY_STAFF("社区工作人员"),
    SUBDISTRICT_ADMIN("街道管理员"),
    SUPERVISOR("监督员");

    /** Role names as used in {@code @RolesAllowed} (constants, since annotations need them at compile time). */
    public static final String N_RESIDENT = "RESIDENT";
    public static final String N_OWNER = "OWNER";
    public static final String N_COUNCIL_MEMBER = "COUNCIL_MEMBER";
    public static final String N_COUNCIL_CHAIR = "COUNCIL_CHAIR";
    public static final String N_COMMUNITY_STAFF = "COMMUNITY_STAFF";
    public static final String N_SUBDISTRICT_ADMIN = "SUBDISTRICT_ADMIN";
    public static final String N_SUPERVISOR = "SUPERVISOR";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
