package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may grant (and so revoke) which role where: nobody grants a role wider than their own. Pure, tested as a
 * table. A subdistrict admin grants subdistrict roles in their subdistrict and community roles in its
 * communities; community staff grant community roles in their community. Owners are never granted: their
 * identity is the owner's card.
 */
public final class GrantRules {

    /** A grant the actor holds or the target would hold. */
    public record Held(Role role, Scope.Type type, long scopeId) {
    }

    private static final Map<Role, Set<Role>> GRANTS = Map.of(
            Role.SUBDISTRICT_ADMIN, EnumSet.of(Role.SUBDISTRICT_ADMIN, Role.SUPERVISOR, Role.COMMUNITY_STAFF,
                    Role.COUNCIL_CHAIR, Role.COUNCIL_MEMBER, Role.RESIDENT),
            Role.COMMUNITY_STAFF, EnumSet.of(Role.COMMUNITY_STAFF, Role.COUNCIL_CHAIR, Role.COUNCIL_MEMBER,
                    Role.RESIDENT));

    private GrantRules() {
    }

    public static Held held(RoleGrant g) {
        return new Held(g.role, g.scopeType, g.scopeId);
    }

    /** The scope level a role is granted at. */
    public static Scope.Type levelOf(Role role) {
        return switch (role) {
            case SUBDISTRICT_ADMIN, SUPERVISOR -> Scope.Type.SUBDISTRICT;
            case OWNER -> Scope.Type.ESTATE;
            default -> Scope.Type.COMMUNITY;
        };
    }

    /** May someone holding {@code held} grant {@code role} at {@code where} (the full path of the target scope)? */
    public static boolean mayGrant(List<Held> held, Role role, Scope where) {
        return held.stream().anyMatch(h -> GRANTS.getOrDefault(h.role(), Set.of()).contains(role)
                && where.covers(h.type(), h.scopeId()));
    }

    /**
     * May the actor disable, enable or reset the account? Only if they could grant every role it holds, and it
     * holds one, or (no role yet) it belongs to a community or subdistrict they administer.
     */
    public static boolean mayManage(List<Held> held, List<Held> targetGrants, List<Scope> targetGrantScopes,
                                    Scope home) {
        for (int i = 0; i < targetGrants.size(); i++) {
            if (!mayGrant(held, targetGrants.get(i).role(), targetGrantScopes.get(i))) {
                return false;
            }
        }
        return !targetGrants.isEmpty() || (home != null && mayGrant(held, Role.RESIDENT, home));
    }
}
