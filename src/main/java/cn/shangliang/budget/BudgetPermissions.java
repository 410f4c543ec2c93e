package cn.shangliang.budget;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.security.Role;

import java.util.Set;

/**
 * Who may do what, as a table of roles held in the cycle's community. Residents must also be on the
 * community's roster (a {@code community.Resident} row); that is an object check the services add. Filing a
 * complaint is open to anyone logged in, so it is not in the table.
 */
public final class BudgetPermissions {

    private static final Role[] STAFF = {Role.COMMUNITY_STAFF};
    private static final Role[] COUNCIL = {Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR};
    private static final Role[] RESIDENT = {Role.RESIDENT};

    private static final PermissionTable<BudgetAction> TABLE = PermissionTable.builder(BudgetAction.class)
            .allow(BudgetAction.MANAGE_CYCLE, STAFF)
            .allow(BudgetAction.PROPOSE, RESIDENT)
            .allow(BudgetAction.ENTER_PAPER, STAFF)
            .allow(BudgetAction.REVIEW, STAFF)
            .allow(BudgetAction.RECORD_ATTENDANCE, STAFF)
            .allow(BudgetAction.VOTE_AS_COUNCIL, COUNCIL)
            .allow(BudgetAction.RECORD_TALLY, STAFF)
            .allow(BudgetAction.VOTE_AS_RESIDENT, RESIDENT)
            .allow(BudgetAction.OBJECT, RESIDENT)
            .allow(BudgetAction.ANSWER_OBJECTION, STAFF)
            .allow(BudgetAction.IMPLEMENT, STAFF)
            .allow(BudgetAction.ACCEPT, STAFF)
            .allow(BudgetAction.RATE, RESIDENT)
            .allow(BudgetAction.ANSWER_COMPLAINT, Role.SUPERVISOR)
            .build();

    private BudgetPermissions() {
    }

    public static Set<Role> rolesFor(BudgetAction action) {
        return TABLE.rolesFor(action);
    }

    public static boolean allows(Role role, BudgetAction action) {
        return TABLE.allows(role, action);
    }

    /** Whether residents of the community (on the roster) are the ones meant. */
    public static boolean needsRoster(BudgetAction action) {
        return TABLE.rolesFor(action).equals(Set.of(Role.RESIDENT));
    }
}
