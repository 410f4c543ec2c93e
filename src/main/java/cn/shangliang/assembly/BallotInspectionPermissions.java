package cn.shangliang.assembly;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.security.Role;

import java.util.List;

/**
 * Who may take which step of an inspection of named ballots (ballot-privacy.md, "Inspection"), as a pure table.
 * The default the estate rule names: the assembly's organiser (the community's staff) asks, a supervisor of the
 * community approves or refuses, never the same account; only those two accounts read the named choices, and only
 * once approved. Staff, supervisors and the subdistrict see that inspections exist (never a choice).
 */
public final class BallotInspectionPermissions {

    public enum Action { REQUEST, DECIDE, READ_CHOICES, LIST }

    private static final PermissionTable<Action> TABLE = PermissionTable.builder(Action.class)
            .allow(Action.REQUEST, Role.COMMUNITY_STAFF)
            .allow(Action.DECIDE, Role.SUPERVISOR)
            .allow(Action.READ_CHOICES, Role.COMMUNITY_STAFF, Role.SUPERVISOR)
            .allow(Action.LIST, Role.COMMUNITY_STAFF, Role.SUPERVISOR, Role.SUBDISTRICT_ADMIN)
            .build();

    private BallotInspectionPermissions() {
    }

    public static Role[] roles(Action action) {
        return TABLE.roles(action);
    }

    public static boolean allows(Role role, Action action) {
        return TABLE.allows(role, action);
    }

    /** The account rules beside the role table: two different accounts, and named choices only for those two. */
    public static List<RuleViolation> check(Action action, String actor, String requestedBy, String decidedBy,
                                            BallotInspectionStatus status) {
        return switch (action) {
            case DECIDE -> actor.equals(requestedBy)
                    ? List.of(RuleViolation.forbidden("assembly.inspection.same-account")) : List.of();
            case READ_CHOICES -> status != BallotInspectionStatus.APPROVED
                    ? List.of(RuleViolation.conflict("assembly.inspection.not-approved"))
                    : !actor.equals(requestedBy) && !actor.equals(decidedBy)
                    ? List.of(RuleViolation.forbidden("assembly.inspection.not-party")) : List.of();
            default -> List.of();
        };
    }
}
