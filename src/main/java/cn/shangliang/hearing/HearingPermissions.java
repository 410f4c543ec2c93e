package cn.shangliang.hearing;

import cn.shangliang.common.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with a hearing, as a table of roles held in the hearing's community. Reading a hearing that was
 * announced is open to everyone (a draft only to its staff); signing the record is for the representative whose
 * line it is, an object check the service adds.
 */
public final class HearingPermissions {

    public enum Action {
        /** Plan, edit and announce a hearing; open and close registration. */
        PLAN,
        /** Run the public draw of representatives. */
        DRAW,
        /** Check representatives in, keep the record of statements. */
        RUN_SESSION,
        /** Publish the report and link the decision it led to. */
        PUBLISH_REPORT,
        /** Call a hearing off, with a reason, before it sits. */
        CANCEL,
        /** Apply to take part as a representative or observer. */
        APPLY
    }

    private static final Map<Action, Set<Role>> TABLE = new EnumMap<>(Action.class);

    static {
        allow(Action.PLAN, Role.COMMUNITY_STAFF);
        allow(Action.DRAW, Role.COMMUNITY_STAFF);
        allow(Action.RUN_SESSION, Role.COMMUNITY_STAFF);
        allow(Action.PUBLISH_REPORT, Role.COMMUNITY_STAFF);
        allow(Action.CANCEL, Role.COMMUNITY_STAFF);
        allow(Action.APPLY, Role.RESIDENT);
    }

    private HearingPermissions() {
    }

    private static void allow(Action action, Role... roles) {
        TABLE.put(action, Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles))));
    }

    public static Set<Role> rolesFor(Action action) {
        return TABLE.get(action);
    }

    public static Role[] roles(Action action) {
        return TABLE.get(action).toArray(Role[]::new);
    }

    public static boolean allows(Role role, Action action) {
        return TABLE.get(action).contains(role);
    }
}
