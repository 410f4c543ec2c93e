package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.CurrentUser;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.OWNER;
import static cn.shangliang.common.security.Role.SUBDISTRICT_ADMIN;
import static cn.shangliang.common.security.Role.SUPERVISOR;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may take which card action, within the card's estate scope. Only the residents' committee
 * staff hand out and manage cards (they check the owner's ID in person); the subdistrict and supervisors may
 * look but change nothing; an owner only uses their own card.
 */
public final class OwnerCardPermissions {

    private static final Map<CardAction, Set<Role>> TABLE = new EnumMap<>(CardAction.class);

    static {
        allow(CardAction.VIEW, COMMUNITY_STAFF, SUBDISTRICT_ADMIN, SUPERVISOR);
        allow(CardAction.ISSUE, COMMUNITY_STAFF);
        allow(CardAction.UNLOCK, COMMUNITY_STAFF);
        allow(CardAction.MARK_LOST, COMMUNITY_STAFF);
        allow(CardAction.REVOKE, COMMUNITY_STAFF);
        allow(CardAction.REISSUE, COMMUNITY_STAFF);
        allow(CardAction.USE_OWN_CARD, OWNER);
    }

    private OwnerCardPermissions() {
    }

    private static void allow(CardAction action, Role... roles) {
        TABLE.put(action, Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles))));
    }

    public static Set<Role> rolesAllowed(CardAction action) {
        return TABLE.get(action);
    }

    public static boolean allows(Role role, CardAction action) {
        return TABLE.get(action).contains(role);
    }

    /** For {@code CurrentUser.require(scope, roles)}. */
    public static Role[] roles(CardAction action) {
        return TABLE.get(action).toArray(Role[]::new);
    }
}
