package cn.shangliang.budget;

import cn.shangliang.common.security.Role;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, as a table of roles held in the cycle's community. Residents must also be on the
 * community's roster (a {@code community.Resident} row); that is an object check the services add. Filing a
 * complaint is open to anyone logged in, so it is not in the table.
 */
public final class BudgetPermissions {

    private static final Map<BudgetAction, Set<Role>> TABLE = new EnumMap<>(BudgetAction.class);

    static {
        Set<Role> staff = EnumSet.of(Role.COMMUNITY_STAFF);
        Set<Role> council = EnumSet.of(Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR);
        Set<Role> resident = EnumSet.of(Role.RESIDENT);
        TABLE.put(BudgetAction.MANAGE_CYCLE, staff);
        TABLE.put(BudgetAction.PROPOSE, resident);
        TABLE.put(BudgetAction.ENTER_PAPER, staff);
        TABLE.put(BudgetAction.REVIEW, staff);
        TABLE.put(BudgetAction.RECORD_ATTENDANCE, staff);
        TABLE.put(BudgetAction.VOTE_AS_COUNCIL, council);
        TABLE.put(BudgetAction.RECORD_TALLY, staff);
        TABLE.put(BudgetAction.VOTE_AS_RESIDENT, resident);
        TABLE.put(BudgetAction.OBJECT, resident);
        TABLE.put(BudgetAction.ANSWER_OBJECTION, staff);
        TABLE.put(BudgetAction.IMPLEMENT, staff);
        TABLE.put(BudgetAction.ACCEPT, staff);
        TABLE.put(BudgetAction.RATE, resident);
        TABLE.put(BudgetAction.ANSWER_COMPLAINT, EnumSet.of(Role.SUPERVISOR));
        TABLE.replaceAll((action, roles) -> Collections.unmodifiableSet(roles));
    }

    private BudgetPermissions() {
    }

    public static Set<Role> rolesFor(BudgetAction action) {
        return TABLE.get(action);
    }

    public static boolean allows(Role role, BudgetAction action) {
        return TABLE.get(action).contains(role);
    }

    /** Whether residents of the community (on the roster) are the ones meant. */
    public static boolean needsRoster(BudgetAction action) {
        return TABLE.get(action).equals(Set.of(Role.RESIDENT));
    }
}
