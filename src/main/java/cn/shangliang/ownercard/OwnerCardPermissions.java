package cn.shangliang.ownercard;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.OWNER;
import static cn.shangliang.common.security.Role.SUBDISTRICT_ADMIN;
import static cn.shangliang.common.security.Role.SUPERVISOR;

import java.util.List;
import java.util.Set;

/**
 * Which roles may take which card action, within the card's estate scope. Only the residents' committee
 * staff hand out and manage cards (they check the owner's ID in person); the subdistrict and supervisors may
 * look but change nothing; an owner only uses their own card.
 */
public final class OwnerCardPermissions {

    public static final PermissionTable<CardAction> TABLE = PermissionTable.builder(CardAction.class)
            .allow(CardAction.VIEW, COMMUNITY_STAFF, SUBDISTRICT_ADMIN, SUPERVISOR)
            .allow(CardAction.ISSUE, COMMUNITY_STAFF)
            .allow(CardAction.UNLOCK, COMMUNITY_STAFF)
            .allow(CardAction.MARK_LOST, COMMUNITY_STAFF)
            .allow(CardAction.REVOKE, COMMUNITY_STAFF)
            .allow(CardAction.REISSUE, COMMUNITY_STAFF)
            .allow(CardAction.USE_OWN_CARD, OWNER)
            .build();

    private OwnerCardPermissions() {
    }

    public static Role[] roles(CardAction action) {
        return TABLE.roles(action);
    }

    public static boolean allows(Role role, CardAction action) {
        return TABLE.allows(role, action);
    }

    public static Set<Role> rolesAllowed(CardAction action) {
        return TABLE.rolesFor(action);
    }
}
