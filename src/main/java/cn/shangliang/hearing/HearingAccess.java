package cn.shangliang.hearing;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.community.Community;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Finding hearings and checking who may act on them, shared by every hearing service. Staff act within their
 * community; a draft is seen only by them, as if it did not exist.
 */
@RequestScoped
public class HearingAccess {

    @Inject
    CurrentUser user;

    @Inject
    RequestCheck requests;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** Today in the app's time zone, by the one clock (tests move it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Tells {@code accounts} of a step of hearing {@code h}; the link is the hearing's page plus {@code subpage}. */
    public void notify(NotificationKind kind, Collection<Long> accounts, Hearing h, String subpage, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = h.title;
        System.arraycopy(args, 0, all, 1, args.length);
        notifications.toAccounts(kind, accounts, "hearing", h.id, h.communityId, "/hearings/" + h.id + subpage, all);
    }

    /** The accounts of the hearing's community's residents. */
    public List<Long> residents(Hearing h) {
        return notifications.residentAccounts(h.communityId);
    }

    /** Audits a step of a hearing in the caller's name. */
    public void audit(String action, String table, Object id, String summary) {
        audit.record(actor(), action, table, id, summary);
    }

    /** A hearing the caller may see. */
    public Hearing visible(long id) {
        Hearing hearing = Hearing.<Hearing>findByIdOptional(id).orElseThrow(HearingAccess::notFound);
        if (hearing.status == HearingStatus.DRAFT && !isStaff(hearing.communityId)) {
            throw notFound();
        }
        return hearing;
    }

    /** The hearing locked for a change by staff of its community: every counter and status hangs on this row. */
    public Hearing lockForStaff(long id) {
        Hearing hearing = lock(id);
        requireStaff(hearing.communityId);
        return hearing;
    }

    /** The hearing locked for staff of its community, and their request checked (after who may, before what). */
    public Hearing lockForStaff(long id, Object request) {
        Hearing hearing = lockForStaff(id);
        requests.valid(request);
        return hearing;
    }

    public Hearing lock(long id) {
        Hearing hearing = Hearing.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (hearing == null) {
            throw notFound();
        }
        return hearing;
    }

    public Community community(long communityId) {
        return Community.<Community>findByIdOptional(communityId).orElseThrow(() -> DomainException.notFound("not-found.community"));
    }

    public boolean isStaff(long communityId) {
        Community community = Community.findById(communityId);
        return community != null && user.hasAnyRole(community.scope(), HearingPermissions.TABLE.roles(HearingPermissions.Action.PLAN));
    }

    public void requireStaff(long communityId) {
        user.require(community(communityId).scope(), HearingPermissions.TABLE.roles(HearingPermissions.Action.PLAN));
    }

    public String actor() {
        return user.auditName();
    }

    public CurrentUser user() {
        return user;
    }

    /** Whether a hearing got at least as far as {@code stage} (a cancelled one got nowhere further). */
    public static boolean reached(HearingStatus status, HearingStatus stage) {
        return status != HearingStatus.CANCELLED && status.ordinal() >= stage.ordinal();
    }

    static DomainException notFound() {
        return DomainException.notFound("not-found.hearing");
    }
}
