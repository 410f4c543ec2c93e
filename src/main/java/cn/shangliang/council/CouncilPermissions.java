package cn.shangliang.council;

import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.security.Actor;
import cn.shangliang.common.security.Role;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.COUNCIL_CHAIR;
import static cn.shangliang.common.security.Role.COUNCIL_MEMBER;
import static cn.shangliang.common.security.Role.OWNER;
import static cn.shangliang.common.security.Role.RESIDENT;
import static cn.shangliang.common.security.Role.SUBDISTRICT_ADMIN;
import static cn.shangliang.common.security.Role.SUPERVISOR;

import java.util.Set;

/**
 * Which roles may take which council action. The residents' committee (its staff) convenes and keeps the
 * record; the chair runs the meeting and confirms the minutes staff drafted, so nobody confirms their own
 * record; the subdistrict and supervisors oversee and may read everything but change nothing of a meeting.
 * Object checks (is this the proposer? is the user a member of this council?) belong to the caller.
 */
public final class CouncilPermissions {
    /** The table; every action must be listed (a new one cannot be forgotten silently). */
    public static final PermissionTable<CouncilAction> TABLE = PermissionTable.builder(CouncilAction.class)
            .allow(CouncilAction.SCHEDULE_MEETING, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.PUBLISH_AGENDA, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.CANCEL_MEETING, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.OPEN_MEETING, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.CHECK_IN, COUNCIL_MEMBER, COUNCIL_CHAIR)
            .allow(CouncilAction.RECORD_ATTENDANCE, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.RECORD_DELIBERATION, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.RECORD_VOTE, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.CLOSE_MEETING, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.CONFIRM_MINUTES, COUNCIL_CHAIR)
            .allow(CouncilAction.PUBLISH_MINUTES, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.MANAGE_MEMBERS, COMMUNITY_STAFF, SUBDISTRICT_ADMIN)
            .allow(CouncilAction.ASSIGN_FOLLOW_UP, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.UPDATE_FOLLOW_UP, COUNCIL_CHAIR, COMMUNITY_STAFF)
            .allow(CouncilAction.RATE_FOLLOW_UP, RESIDENT, OWNER, COUNCIL_MEMBER, COUNCIL_CHAIR)
            .allow(CouncilAction.VIEW_RECORDS, COUNCIL_MEMBER, COUNCIL_CHAIR, COMMUNITY_STAFF, SUBDISTRICT_ADMIN, SUPERVISOR)
            .build();

    private CouncilPermissions() {
    }

    public static Set<Role> rolesAllowed(CouncilAction action) {
        return TABLE.rolesFor(action);
    }

    public static boolean allows(Role role, CouncilAction action) {
        return TABLE.allows(role, action);
    }

    public static boolean allows(Actor actor, CouncilAction action) {
        return TABLE.allowsAny(actor.rolesInCommunity(), action);
    }
}
