package cn.shangliang.hearing;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.security.Role;


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

    public static final PermissionTable<Action> TABLE = PermissionTable.builder(Action.class)
            .allow(Action.PLAN, Role.COMMUNITY_STAFF)
            .allow(Action.DRAW, Role.COMMUNITY_STAFF)
            .allow(Action.RUN_SESSION, Role.COMMUNITY_STAFF)
            .allow(Action.PUBLISH_REPORT, Role.COMMUNITY_STAFF)
            .allow(Action.CANCEL, Role.COMMUNITY_STAFF)
            .allow(Action.APPLY, Role.RESIDENT)
            .build();

    private HearingPermissions() {
    }
}
