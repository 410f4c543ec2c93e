package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingStatus.ANNOUNCED;
import static cn.shangliang.hearing.HearingStatus.CANCELLED;
import static cn.shangliang.hearing.HearingStatus.DRAFT;
import static cn.shangliang.hearing.HearingStatus.IN_SESSION;
import static cn.shangliang.hearing.HearingStatus.PARTICIPANTS_FIXED;
import static cn.shangliang.hearing.HearingStatus.RECORD_CONFIRMATION;
import static cn.shangliang.hearing.HearingStatus.REGISTRATION_CLOSED;
import static cn.shangliang.hearing.HearingStatus.REGISTRATION_OPEN;
import static cn.shangliang.hearing.HearingStatus.REPORT_PUBLISHED;

import cn.shangliang.hearing.HearingPermissions.Action;
import cn.shangliang.common.security.Role;

import java.util.Set;

/**
 * The steps a page offers on a hearing now: each one is allowed by the workflow table from the current status
 * and by the permission table for the roles the visitor holds in the hearing's community. Pages show these, so
 * no template re-encodes the workflow in status strings.
 *
 * @param session the staff's session desk exists (representatives fixed, or the hearing sitting)
 * @param register residents may apply now (a visitor not logged in is shown the way to log in)
 * @param signOff representatives sign the record now (whether this visitor has a line to sign is the page's check)
 */
public record HearingActions(boolean edit, boolean announce, boolean openRegistration, boolean closeRegistration,
                             boolean draw, boolean session, boolean checkIn, boolean recordStatements,
                             boolean publishReport, boolean cancel, boolean register, boolean signOff) {

    public static HearingActions of(HearingStatus status, Set<Role> rolesInCommunity) {
        boolean plan = holds(rolesInCommunity, Action.PLAN);
        boolean run = holds(rolesInCommunity, Action.RUN_SESSION);
        return new HearingActions(
                plan && status == DRAFT,
                plan && next(status, ANNOUNCED),
                plan && next(status, REGISTRATION_OPEN),
                plan && next(status, REGISTRATION_CLOSED),
                holds(rolesInCommunity, Action.DRAW) && next(status, PARTICIPANTS_FIXED),
                run && (next(status, IN_SESSION) || next(status, RECORD_CONFIRMATION)),
                run && next(status, IN_SESSION),
                run && next(status, RECORD_CONFIRMATION),
                holds(rolesInCommunity, Action.PUBLISH_REPORT) && next(status, REPORT_PUBLISHED),
                holds(rolesInCommunity, Action.CANCEL) && next(status, CANCELLED),
                // applications are taken while registration is open, i.e. until it may be closed
                next(status, REGISTRATION_CLOSED),
                next(status, REPORT_PUBLISHED));
    }

    /** The actions of a visitor who is staff of the hearing's community, or of anyone else. */
    public static HearingActions of(HearingStatus status, boolean staff) {
        return of(status, staff ? Set.of(Role.COMMUNITY_STAFF) : Set.of());
    }

    private static boolean next(HearingStatus from, HearingStatus to) {
        return HearingWorkflow.TRANSITIONS.allows(from, to);
    }

    private static boolean holds(Set<Role> roles, Action action) {
        return HearingPermissions.TABLE.allowsAny(roles, action);
    }
}
