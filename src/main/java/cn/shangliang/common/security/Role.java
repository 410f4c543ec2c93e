package cn.shangliang.common.security;

import cn.shangliang.common.rules.Labelled;

/**
 * The roles of the platform. Each grant of a role applies within one scope (a subdistrict, community or estate);
 * a person may hold several (a council member is also a resident).
 */
public enum Role implements Labelled {
    RESIDENT,
    OWNER,
    COUNCIL_MEMBER,
    COUNCIL_CHAIR,
    COMMUNITY_STAFF,
    SUBDISTRICT_ADMIN,
    SUPERVISOR;

    /** Role names as used in {@code @RolesAllowed} (constants, since annotations need them at compile time). */
    public static final String N_RESIDENT = "RESIDENT";
    public static final String N_OWNER = "OWNER";
    public static final String N_COUNCIL_MEMBER = "COUNCIL_MEMBER";
    public static final String N_COUNCIL_CHAIR = "COUNCIL_CHAIR";
    public static final String N_COMMUNITY_STAFF = "COMMUNITY_STAFF";
    public static final String N_SUBDISTRICT_ADMIN = "SUBDISTRICT_ADMIN";
    public static final String N_SUPERVISOR = "SUPERVISOR";
}
