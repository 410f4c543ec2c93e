package cn.shangliang.assembly;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.security.Role;


/**
 * Who may do what with an owners' decision, as a table of roles held in the decision's estate (inspections of
 * named ballots have their own table, {@link BallotInspectionPermissions}). An owner card is never a staff grant:
 * the services refuse a card session for staff steps whatever its roles.
 */
public final class AssemblyPermissions {

    public enum Action {
        /** Draft, edit, publish, extend, cancel, close and recount a decision. */
        MANAGE,
        /** Record paper ballots, deliveries and proxy mandates; resolve conflicting records. */
        RECORD,
        /** Vote online, see one's own receipts and history. */
        VOTE,
        /** See whom the notice reached and print notices for the others. */
        SEE_DELIVERY
    }

    public static final PermissionTable<Action> TABLE = PermissionTable.builder(Action.class)
            .allow(Action.MANAGE, Role.COMMUNITY_STAFF)
            .allow(Action.RECORD, Role.COMMUNITY_STAFF)
            .allow(Action.VOTE, Role.OWNER)
            .allow(Action.SEE_DELIVERY, Role.COMMUNITY_STAFF, Role.SUBDISTRICT_ADMIN, Role.SUPERVISOR)
            .build();

    private AssemblyPermissions() {
    }
}
