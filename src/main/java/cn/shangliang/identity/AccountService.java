package cn.shangliang.identity;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.common.time.Clocks;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.identity.AccountViews.AccountDetail;
import cn.shangliang.identity.AccountViews.AccountRow;
import cn.shangliang.identity.AccountViews.ActivationSlip;
import cn.shangliang.identity.AccountViews.GrantRequest;
import cn.shangliang.identity.AccountViews.GrantView;
import cn.shangliang.identity.AccountViews.NewAccount;
import cn.shangliang.identity.AccountViews.Page;
import cn.shangliang.community.Community;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Staff make accounts for the people they work with, grant and revoke their roles, disable, enable and reset
 * them (docs/rules/accounts.md). Every change is audited with who made it; disabling, revoking and resetting
 * end the account's sessions at once.
 */
@ApplicationScoped
public class AccountService {

    public static final int PAGE_SIZE = 30;

    @Inject
    Notifications notifications;

    @Inject
    ActivationNotices activationNotices;

    @Inject
    CurrentUser user;

    @Inject
    AccountScopes scopes;

    @Inject
    RequestCheck requests;

    @Inject
    ActivationCodes codes;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Transactional
    public ActivationSlip create(NewAccount form) {
        requests.valid(form, f -> taken(f.username(), f.phone()));
        Scope where = scopes.where(form.role(), form.communityId(), form.subdistrictId());
        scopes.requireGrant(form.role(), where);
        Account a = store(new Creation(form.username(), form.displayName(), form.phone(), ActivationCodes.NOT_ACTIVATED,
                user.auditName(), where.subdistrictId(), where.communityId()));
        grantTo(a, form.role(), where);
        audit.record(user.auditName(), "account.create", "account", a.id, form.username() + " " + form.role());
        return slip(a);
    }

    /**
     * A username or phone number another account holds (the username in any case; one person, one number), as
     * errors of those fields; an absent value is nobody's.
     */
    static List<FieldError> taken(String username, String phone) {
        List<FieldError> taken = new ArrayList<>();
        if (username != null && Account.count("lower(username) = ?1", username.toLowerCase(Locale.ROOT)) > 0) {
            taken.add(FieldError.of("username", "username-taken"));
        }
        if (phone != null && Account.count("phone", phone) > 0) {
            taken.add(FieldError.of("phone", "phone-taken"));
        }
        return taken;
    }

    @Transactional
    public GrantView grant(long accountId, GrantRequest request) {
        Account a = lockedAccount(accountId);
        requests.valid(request);
        Scope where = scopes.where(request.role(), request.communityId(), request.subdistrictId());
        scopes.requireGrant(request.role(), where);
        Scope.Type level = GrantRules.levelOf(request.role());
        long scopeId = level == Scope.Type.SUBDISTRICT ? where.subdistrictId() : where.communityId();
        if (RoleGrant.count("accountId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4", a.id,
                request.role(), level, scopeId) > 0) {
            throw Refusal.of(RuleViolation.conflict("grant-exists"));
        }
        RoleGrant g = grantTo(a, request.role(), where);
        return view(g);
    }

    @Transactional
    public void revoke(long accountId, long grantId) {
        Account a = lockedAccount(accountId);
        RoleGrant g = RoleGrant.findById(grantId);
        if (g == null || !g.accountId.equals(a.id)) {
            throw Refusal.of(RuleViolation.notFound("grant-not-found"));
        }
        scopes.requireGrant(g.role, scopes.of(g));
        g.delete();
        sessions.endAll(a.id, Sessions.EndReason.GRANT_REVOKED, user.auditName());
        audit.record(user.auditName(), "account.revoke", "account", a.id,
                g.role + " " + g.scopeType + ":" + g.scopeId);
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        Account a = lockedAccount(accountId);
        scopes.requireManage(a);
        if (!enabled && user.accountId().map(id -> id.equals(a.id)).orElse(false)) {
            throw Refusal.of(RuleViolation.conflict("account-disable-self"));
        }
        if (a.enabled == enabled) {
            return;
        }
        a.enabled = enabled;
        if (!enabled) {
            sessions.endAll(a.id, Sessions.EndReason.DISABLED, user.auditName());
        }
        audit.record(user.auditName(), enabled ? "account.enable" : "account.disable", "account", a.id, a.username);
    }

    /** Staff reset: the password stops working, every session ends, a new activation code is printed. */
    @Transactional
    public ActivationSlip reset(long accountId) {
        Account a = lockedAccount(accountId);
        scopes.requireManage(a);
        a.passwordHash = ActivationCodes.NOT_ACTIVATED;
        sessions.endAll(a.id, Sessions.EndReason.PASSWORD_CHANGED, user.auditName());
        notifications.toAccounts(NotificationKind.ACCOUNT_PASSWORD_RESET, List.of(a.id), "account", a.id, a.homeCommunityId,
                "/account", a.displayName);
        audit.record(user.auditName(), "account.reset", "account", a.id, a.username);
        return slip(a);
    }

    @Transactional
    public Page<AccountRow> list(long communityId, String search, Role role, int page) {
        Community c = Community.findById(communityId);
        if (c == null) {
            throw Refusal.of(RuleViolation.notFound("community-not-found"));
        }
        if (!scopes.mayGrant(Role.RESIDENT, c.scope())) {
            throw Refusal.of(RuleViolation.forbidden("account-outside-scope"));
        }
        String q = search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
        StringBuilder where = new StringBuilder("from Account a where (a.homeCommunityId = :c or exists (select 1 "
                + "from RoleGrant g where g.accountId = a.id and g.scopeType = :community and g.scopeId = :c))");
        Parameters params = Parameters.with("c", communityId).and("community", Scope.Type.COMMUNITY);
        if (role != null) {
            where.append(" and exists (select 1 from RoleGrant r where r.accountId = a.id and r.role = :role"
                    + " and r.scopeType = :community and r.scopeId = :c)");
            params.and("role", role);
        }
        if (q != null) {
            where.append(" and (lower(a.username) like :q or lower(a.displayName) like :q or a.phone like :q)");
            params.and("q", q);
        }
        PanacheQuery<Account> query = Account.find(where + " order by a.displayName, a.id", params);
        int p = Math.max(page, 0);
        List<AccountRow> rows = query.page(p, PAGE_SIZE).list().stream().map(a -> new AccountRow(a.id, a.username,
                a.displayName, a.phone, a.enabled, a.lastLoginAt,
                RoleGrant.ofAccount(a.id).stream().map(g -> g.role).distinct().toList())).toList();
        return new Page<>(rows, p, PAGE_SIZE, query.count());
    }

    @Transactional
    public AccountDetail detail(long accountId) {
        Account a = Account.findById(accountId);
        if (a == null) {
            throw Refusal.of(RuleViolation.notFound("account-not-found"));
        }
        boolean self = user.accountId().map(id -> id.equals(a.id)).orElse(false);
        boolean manageable = scopes.mayManage(a);
        if (!self && !manageable && !visibleToStaff(a)) {
            throw Refusal.of(RuleViolation.forbidden("account-outside-scope"));
        }
        List<GrantView> grants = RoleGrant.ofAccount(a.id).stream().map(this::view).toList();
        var signup = ResidentSignup.ofAccount(a.id).map(s -> AccountViews.SignupView.of(s,
                Community.<Community>findByIdOptional(s.communityId).map(c -> c.name).orElse(""))).orElse(null);
        return new AccountDetail(a.id, a.username, a.displayName, a.phone, a.enabled,
                !a.passwordHash.equals(ActivationCodes.NOT_ACTIVATED), a.createdAt, a.createdBy, a.lastLoginAt,
                grants, manageable, signup);
    }

    /** Staff may see an account that holds a role in their community (e.g. a subdistrict admin's account). */
    private boolean visibleToStaff(Account a) {
        return RoleGrant.ofAccount(a.id).stream().anyMatch(g -> g.scopeType == Scope.Type.COMMUNITY
                && scopes.mayGrant(Role.RESIDENT, scopes.of(g)));
    }

    private GrantView view(RoleGrant g) {
        return new GrantView(g.id, g.role, g.scopeType, g.scopeId, scopes.nameOf(g), g.grantedBy, g.createdAt,
                scopes.mayGrant(g.role, scopes.of(g)));
    }

    RoleGrant grantTo(Account a, Role role, Scope where) {
        Scope.Type level = GrantRules.levelOf(role);
        RoleGrant g = RoleGrant.of(a.id, role, level,
                level == Scope.Type.SUBDISTRICT ? where.subdistrictId() : where.communityId());
        g.grantedBy = user.auditName();
        g.persist();
        audit.record(user.auditName(), "account.grant", "account", a.id, role + " " + level + ":" + g.scopeId);
        return g;
    }

    ActivationSlip slip(Account a) {
        ActivationCodes.Issued issued = codes.issue(a, user.auditName());
        boolean sent = activationNotices.issued(a, issued);
        return new ActivationSlip(a.id, a.username, a.displayName, issued.code(), issued.expiresAt(), sent);
    }

    /** A new account: who made it, and where it belongs (its subdistrict, its community or null). */
    record Creation(String username, String displayName, String phone, String passwordHash, String createdBy,
                      Long homeSubdistrictId, Long homeCommunityId) {
    }

    /**
     * Stores a new account. Two requests making the same username or phone at once: the unique key refuses the
     * second.
     */
    Account store(Creation n) {
        Account a = new Account();
        a.username = n.username();
        a.displayName = n.displayName();
        a.phone = n.phone();
        a.passwordHash = n.passwordHash();
        a.createdAt = Instant.now(Clocks.REAL);
        a.createdBy = n.createdBy();
        a.homeSubdistrictId = n.homeSubdistrictId();
        a.homeCommunityId = n.homeCommunityId();
        try {
            a.persistAndFlush();
        } catch (PersistenceException e) {
            throw Refusal.of(RuleViolation.conflict("account-exists"));
        }
        return a;
    }

    private Account lockedAccount(long id) {
        Account a = Account.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw Refusal.of(RuleViolation.notFound("account-not-found"));
        }
        return a;
    }
}
