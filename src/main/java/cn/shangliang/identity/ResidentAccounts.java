package cn.shangliang.identity;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.web.RequestCheck;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Residents get accounts linked to the community's resident record (实名) in two ways: staff register one from
 * the resident register and print its activation slip, or the resident signs up and waits, without the
 * resident role, until staff match the sign-up to a record (docs/rules/accounts.md).
 */
@ApplicationScoped
public class ResidentAccounts {

    /** A sign-up; the community (one that exists), a taken username or phone and the password are the service's rules. */
    public record SignupForm(Long communityId,
                             @NotBlank(message = "field-required") @Size(max = 100, message = "field-too-long")
                             String name,
                             @NotBlank(message = "field-required") @Size(max = 20, message = "field-too-long")
                             @Pattern(regexp = "1[0-9]{10}|[0-9+\\-() ]{5,20}", message = "phone-format") String phone,
                             @NotBlank(message = "field-required") @Size(max = 60, message = "field-too-long")
                             String building,
                             @NotBlank(message = "field-required") @Size(max = 30, message = "field-too-long")
                             String room,
                             @Username String username, String password, String confirm) {

        public SignupForm {
            name = AccountViews.trimmed(name);
            phone = AccountViews.trimmed(phone);
            building = AccountViews.trimmed(building);
            room = AccountViews.trimmed(room);
            username = AccountViews.trimmed(username);
        }
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
    RequestCheck requests;

    @Inject
    AuditLog audit;

    /** Anyone may sign up; the account can log in at once but holds no role until approved. */
    @Transactional
    public SignupView signUp(SignupForm form) {
        Community c = form.communityId() == null ? null : Community.findById(form.communityId());
        requests.valid(form, f -> {
            List<FieldError> wrong = new ArrayList<>();
            if (c == null) {
                wrong.add(FieldError.of("communityId", "community-required"));
            }
            wrong.addAll(AccountService.taken(f.username(), f.phone()));
            wrong.addAll(PasswordRules.errors(f.username(), f.password(), f.confirm()));
            return wrong;
        });
        Account a = accounts.store(new AccountService.Creation(form.username(), form.name(), form.phone(),
                Passwords.hash(form.password()), "signup", c.subdistrictId, c.id));
        ResidentSignup s = new ResidentSignup();
        s.accountId = a.id;
        s.communityId = c.id;
        s.name = form.name();
        s.phone = form.phone();
        s.building = form.building();
        s.room = form.room();
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
                throw DomainException.invalid("residentId", "resident-not-in-community");
            }
            if (r.accountId != null) {
                throw DomainException.invalid("residentId", "resident-has-account");
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
    public SignupView reject(long signupId, AccountApi.Rejection rejection) {
        ResidentSignup s = lockedPending(signupId);
        Community c = staffCommunity(s.communityId);
        String why = requests.valid(rejection).reason();
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
            throw Refusal.of(RuleViolation.notFound("resident-not-found"));
        }
        Community c = staffCommunity(r.communityId);
        if (r.accountId != null) {
            throw Refusal.of(RuleViolation.conflict("resident-has-account"));
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
            throw Refusal.of(RuleViolation.notFound("signup-not-found"));
        }
        staffCommunity(s.communityId);
        if (s.status != ResidentSignup.Status.PENDING) {
            throw Refusal.of(RuleViolation.conflict("signup-decided"));
        }
        return s;
    }

    private Community staffCommunity(long communityId) {
        Community c = Community.findById(communityId);
        if (c == null) {
            throw Refusal.of(RuleViolation.notFound("community-not-found"));
        }
        if (!scopes.mayGrant(Role.RESIDENT, c.scope())) {
            throw Refusal.of(RuleViolation.forbidden("account-outside-scope"));
        }
        return c;
    }
}
