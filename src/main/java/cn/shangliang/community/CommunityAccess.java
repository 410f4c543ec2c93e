package cn.shangliang.community;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Who may see and change the community model, by {@link CommunityPermissions}: staff of the community (or the
 * subdistrict's admin) edit, supervisors read. Finds the records too, so every use case starts with "find it, may I?".
 */
@RequestScoped
public class CommunityAccess {

    private static final Role[] EDITORS = CommunityPermissions.TABLE.roles(CommunityPermissions.Action.EDIT);
    private static final Role[] READERS = CommunityPermissions.TABLE.roles(CommunityPermissions.Action.READ);

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** Audits a change (or an export) of the community model in the caller's name. */
    public void audit(String action, String table, Object id, String summary) {
        audit.record(user.auditName(), action, table, id, summary);
    }

    /** Whether the caller administers the subdistrict (and so may add communities to it). */
    public boolean administers(long subdistrictId) {
        return user.hasRole(Role.SUBDISTRICT_ADMIN, new Scope(subdistrictId, null, null));
    }

    public Community readCommunity(long id) {
        Community community = community(id);
        user.require(community.scope(), READERS);
        return community;
    }

    public Community editCommunity(long id) {
        Community community = community(id);
        user.require(community.scope(), EDITORS);
        return community;
    }

    public Estate readEstate(long id) {
        Estate estate = estate(id, LockModeType.NONE);
        user.require(estate.scope(), READERS);
        return estate;
    }

    public Estate editEstate(long id) {
        Estate estate = estate(id, LockModeType.NONE);
        user.require(estate.scope(), EDITORS);
        return estate;
    }

    /** The estate locked for a change of its roster, so two imports or edits of one estate run one at a time. */
    public Estate lockEstate(long id) {
        Estate estate = estate(id, LockModeType.PESSIMISTIC_WRITE);
        user.require(estate.scope(), EDITORS);
        return estate;
    }

    public boolean mayEdit(Scope scope) {
        return user.hasAnyRole(scope, EDITORS);
    }

    public boolean mayRead(Scope scope) {
        return user.hasAnyRole(scope, READERS);
    }

    public void requireEditSubdistrict(long subdistrictId) {
        if (Subdistrict.findById(subdistrictId) == null) {
            throw DomainException.notFound("not-found.subdistrict");
        }
        user.require(new Scope(subdistrictId, null, null), CommunityPermissions.TABLE.roles(CommunityPermissions.Action.EDIT_SUBDISTRICT));
    }

    private static Community community(long id) {
        Community community = Community.findById(id);
        if (community == null) {
            throw DomainException.notFound("not-found.community");
        }
        return community;
    }

    private static Estate estate(long id, LockModeType lock) {
        Estate estate = Estate.findById(id, lock);
        if (estate == null) {
            throw DomainException.notFound("not-found.estate");
        }
        return estate;
    }
}
