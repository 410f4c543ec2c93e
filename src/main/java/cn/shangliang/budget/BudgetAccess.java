package cn.shangliang.budget;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Community;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.community.Resident;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * What every budget use case shares: loading (and locking) cycles and projects, the permission check, and
 * writing the audit entry and the public notice of a transition.
 */
@ApplicationScoped
public class BudgetAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    NoticeBoard board;

    public BudgetCycle cycle(long id) {
        return found(BudgetCycle.findById(id), "not-found.cycle");
    }

    /** The cycle row every stage change and every counter of the cycle depends on, locked. */
    public BudgetCycle lockCycle(long id) {
        return found(BudgetCycle.findById(id, LockModeType.PESSIMISTIC_WRITE), "not-found.cycle");
    }

    /** The cycle, once the caller is known to be allowed {@code action} in its community. */
    public BudgetCycle cycle(long id, BudgetAction action) {
        return allowed(cycle(id), action);
    }

    /** The cycle, locked, once the caller is known to be allowed {@code action} in its community. */
    public BudgetCycle lockCycle(long id, BudgetAction action) {
        return allowed(lockCycle(id), action);
    }

    /**
     * The cycle, share-locked, once the caller is known to be allowed {@code action} in its community: ballots
     * are cast in parallel, and a stage change (which locks it for writing) waits for them.
     */
    public BudgetCycle shareLockCycle(long id, BudgetAction action) {
        return allowed(found(BudgetCycle.findById(id, LockModeType.PESSIMISTIC_READ), "not-found.cycle"), action);
    }

    public BudgetProject project(long id) {
        return found(BudgetProject.findById(id), "not-found.project");
    }

    public BudgetProject lockProject(long id) {
        return found(BudgetProject.findById(id, LockModeType.PESSIMISTIC_WRITE), "not-found.project");
    }

    /** The cycle of {@code project}, once the caller is known to be allowed {@code action} in its community. */
    public BudgetCycle cycleFor(BudgetProject project, BudgetAction action) {
        return cycle(project.cycleId, action);
    }

    private BudgetCycle allowed(BudgetCycle cycle, BudgetAction action) {
        require(cycle.communityId, action);
        return cycle;
    }

    /** The row, or a 404 with {@code notFound}'s text. */
    static <T> T found(T row, String notFound) {
        if (row == null) {
            throw DomainException.notFound(notFound);
        }
        return row;
    }

    public Scope scope(long communityId) {
        Community community = Community.findById(communityId);
        if (community == null) {
            throw DomainException.notFound("not-found.community");
        }
        return community.scope();
    }

    /** 403 unless the caller may do {@code action} in the community; residents must also be on its roster. */
    public void require(long communityId, BudgetAction action) {
        currentUser.require(scope(communityId), BudgetPermissions.rolesFor(action).toArray(Role[]::new));
        if (BudgetPermissions.needsRoster(action) && !onRoster(communityId)) {
            throw DomainException.forbidden("forbidden.budget.not-resident");
        }
    }

    public boolean may(long communityId, BudgetAction action) {
        if (!currentUser.authenticated()) {
            return false;
        }
        boolean role = currentUser.hasAnyRole(scope(communityId), BudgetPermissions.rolesFor(action).toArray(Role[]::new));
        return role && (!BudgetPermissions.needsRoster(action) || onRoster(communityId));
    }

    private boolean onRoster(long communityId) {
        return currentUser.accountId()
                .map(account -> Resident.count("communityId = ?1 and accountId = ?2", communityId, account) > 0)
                .orElse(false);
    }

    /** What the caller may do in a community, for showing only the forms they can use. */
    public record Powers(boolean loggedIn, boolean staff, boolean resident, boolean council, boolean supervisor) {
    }

    public Powers powers(long communityId) {
        return new Powers(currentUser.authenticated(), may(communityId, BudgetAction.MANAGE_CYCLE),
                may(communityId, BudgetAction.PROPOSE), may(communityId, BudgetAction.VOTE_AS_COUNCIL),
                may(communityId, BudgetAction.ANSWER_COMPLAINT));
    }

    /** Communities where the caller is staff, for the "open a cycle" form. */
    public List<CommunityOption> manageableCommunities() {
        if (currentUser.accountId().isEmpty()) {
            return List.of();
        }
        return Community.<Community>list("order by name").stream()
                .filter(c -> currentUser.hasRole(Role.COMMUNITY_STAFF, c.scope())).map(CommunityOption::of).toList();
    }

    public String actor() {
        return currentUser.auditName();
    }

    public String actorName() {
        String name = currentUser.displayName();
        return name == null || name.isBlank() ? currentUser.auditName() : name;
    }

    public long accountId() {
        return currentUser.requireAccountId();
    }

    public static void requireStatus(BudgetCycle cycle, CycleStatus... allowed) {
        for (CycleStatus status : allowed) {
            if (cycle.status == status) {
                return;
            }
        }
        throw DomainException.conflict("budget.cycle.stage", cycle.status);
    }

    /** The audit entry of a change the public board does not show, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, long id, String summary) {
        audit.record(actor(), "budget." + action, entity, id, summary);
    }

    /** The audit entry and, when {@code publicTitle} is given, the notice of a change, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, long id, String summary, BudgetCycle cycle, String publicTitle,
                       String link, Instant endsAt) {
        recordAs(actor(), action, entity, id, summary, cycle, publicTitle, link, endsAt);
    }

    /** As {@link #record}, by a named actor: the scheduled closer acts as the system, with no caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entity, long id, String summary, BudgetCycle cycle,
                         String publicTitle, String link, Instant endsAt) {
        audit.record(actor, "budget." + action, entity, id, summary);
        if (publicTitle != null) {
            board.publish(new NoticeBoard.Draft(NoticeCategory.BUDGET, cycle.communityId, null,
                    BudgetNotices.noticeTitle(cycle.title, publicTitle), summary, "budget_" + entity, id, link, endsAt), actor);
        }
    }
}
