package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.identity.AccountViews.ActivationSlip;
import cn.shangliang.identity.AccountViews.SignupView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Residents get accounts linked to the community's resident record (实名) in two ways: staff register one from
 * the resident register and print its activation slip, or the resident signs up and waits, without the
 * resident role, until staff match the sign-up to a record (docs/rules/accounts.md).
 */
@ApplicationScoped
public class ResidentAccounts {

    public record SignupForm(Long communityId, String name, String phone, String building, String room,
                             String username, String password, String confirm) {
    }

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    AccountScopes scopes;

    @Inject
    AccountService accounts;

    @Inject
    Refusals refusals;

    @Inject
    AuditLog audit;

    /** Anyone may sign up; the account can log in at once but holds no role until approved. */
    @Transactional
    public SignupView signUp(SignupForm form) {
        Community c = form.communityId() == null ? null : Community.findById(form.communityId());
        refusals.fieldIf(c == null, "communityId", "community-required");
        String name = refusals.input(form.name(), "name", 100, true);
        String phone = refusals.input(form.phone(), "phone", 20, true);
        String building = refusals.input(form.building(), "building", 60, true);
        String room = refusals.input(form.room(), "room", 30, true);
        String username = refusals.input(form.username(), "username", 60, true);
        refusals.fieldIf(phone != null && !phone.matches("1[0-9]{10}|[0-9+\\-() ]{5,20}"), "phone", "phone-format");
        refusals.fieldIf(username != null && !username.matches("[A-Za-z0-9][A-Za-z0-9._-]{2,59}"), "username",
                "username-format");
        refusals.fieldIf(username != null && Account.count("lower(username) = ?1",
                username.toLowerCase(Locale.ROOT)) > 0, "username", "username-taken");
        refusals.fieldIf(phone != null && Account.count("phone", phone) > 0, "phone", "phone-taken");
        for (String problem : PasswordRules.problems(username, form.password())) {
            refusals.field("password", problem, PasswordRules.MIN);
        }
        refusals.fieldIf(form.password() != null && !form.password().equals(form.confirm()), "confirm",
                "password-confirm-differs");
        refusals.throwIfAny();
        Account a = new Account();
        a.username = username;
        a.displayName = name;
        a.phone = phone;
        a.passwordHash = Passwords.hash(form.password());
        a.createdAt = Instant.now(Clocks.REAL);
        a.createdBy = "signup";
        a.homeSubdistrictId = c.subdistrictId;
        a.homeCommunityId = c.id;
        accounts.persistUnique(a);
        ResidentSignup s = new ResidentSignup();
        s.accountId = a.id;
        s.communityId = c.id;
        s.name = name;
        s.phone = phone;
        s.building = building;
        s.room = room;
        s.status = ResidentSignup.Status.PENDING;
        s.createdAt = a.createdAt;
        s.persist();
        audit.record(CurrentUser.ACCOUNT_PREFIX + a.id, "account.signup", "resident_signup", s.id, "");
        return SignupView.of(s, c.name);
    }

    @Transactional
    public List<SignupView> pending(long communityId) {
        Community c = staffCommunity(communityId);
        return ResidentSignup.<ResidentSignup>list("communityId = ?1 and status = ?2 order by createdAt, id", c.id,
                ResidentSignup.Status.PENDING).stream().map(s -> SignupView.of(s, c.name)).toList();
    }

    /**
     * Matches the sign-up to a resident record of the community ({@code residentId}), or, when staff vouch for
     * a person not yet registered, creates the record from the sign-up; then grants the resident role.
     */
    @Transactional
    public SignupView approve(long signupId, Long residentId) {
        ResidentSignup s = lockedPending(signupId);
        Community c = staffCommunity(s.communityId);
        Resident r;
        if (residentId != null) {
            r = Resident.findById(residentId, LockModeType.PESSIMISTIC_WRITE);
            if (r == null || !r.communityId.equals(c.id)) {
                refusals.field("residentId", "resident-not-in-community");
                refusals.throwIfAny();
            }
            if (r.accountId != null) {
                refusals.field("residentId", "resident-has-account");
                refusals.throwIfAny();
            }
        } else {
            r = new Resident();
            r.communityId = c.id;
            r.name = s.name;
            r.phone = s.phone;
        }
        r.accountId = s.accountId;
        r.persist();
        s.status = ResidentSignup.Status.APPROVED;
        s.residentId = r.id;
        decided(s);
        accounts.grantTo(Account.findById(s.accountId), Role.RESIDENT, c.scope());
        notifications.toAccounts(NotificationKind.ACCOUNT_SIGN_UP, List.of(s.accountId), "resident_signup", s.id, c.id, "/",
                "event:account.approved");
        audit.record(user.auditName(), "account.signup-approve", "resident_signup", s.id, "resident " + r.id);
        return SignupView.of(s, c.name);
    }

    @Transactional
    public SignupView reject(long signupId, String reason) {
        ResidentSignup s = lockedPending(signupId);
        Community c = staffCommunity(s.communityId);
        String why = refusals.input(reason, "reason", 500, true);
        refusals.throwIfAny();
        s.status = ResidentSignup.Status.REJECTED;
        s.reason = why;
        decided(s);
        notifications.toAccounts(NotificationKind.ACCOUNT_SIGN_UP, List.of(s.accountId), "resident_signup", s.id, c.id, "/",
                "event:account.rejected");
        audit.record(user.auditName(), "account.signup-reject", "resident_signup", s.id, why);
        return SignupView.of(s, c.name);
    }

    /** Staff register a resident of the roster and print the slip; the account is linked to the record at once. */
    @Transactional
    public ActivationSlip register(long residentId, String username) {
        Resident r = Resident.findById(residentId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw refusals.of(404, "resident-not-found");
        }
        Community c = staffCommunity(r.communityId);
        if (r.accountId != null) {
            throw refusals.of(409, "resident-has-account");
        }
        ActivationSlip slip = accounts.create(new AccountViews.NewAccount(username, r.name, r.phone, Role.RESIDENT,
                c.id, null));
        r.accountId = slip.accountId();
        audit.record(user.auditName(), "account.resident-register", "resident", r.id, slip.username());
        return slip;
    }

    private void decided(ResidentSignup s) {
        s.decidedBy = user.auditName();
        s.decidedAt = Instant.now(Clocks.REAL);
    }

    private ResidentSignup lockedPending(long id) {
        ResidentSignup s = ResidentSignup.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw refusals.of(404, "signup-not-found");
        }
        staffCommunity(s.communityId);
        if (s.status != ResidentSignup.Status.PENDING) {
            throw refusals.of(409, "signup-decided");
        }
        return s;
    }

    private Community staffCommunity(long communityId) {
        Community c = Community.findById(communityId);
        if (c == null) {
            throw refusals.of(404, "community-not-found");
        }
        if (!scopes.mayGrant(Role.RESIDENT, c.scope())) {
            throw refusals.of(403, "account-outside-scope");
        }
        return c;
    }
}
