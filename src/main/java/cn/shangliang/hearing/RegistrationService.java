package cn.shangliang.hearing;

import cn.shangliang.common.db.RetryOnConflict;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.community.Resident;
import cn.shangliang.hearing.HearingInput.ApplicationRequest;
import cn.shangliang.hearing.HearingViews.ApplicationView;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Residents apply as representative or register as observer, once per person. The hearing row is locked for
 * each application: it holds the observer count and the next application number, so parallel registrations
 * never exceed the capacity or share a number.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    HearingAccess access;

    @Inject
    RequestCheck requests;

    @RetryOnConflict
    @Transactional
    public ApplicationView register(long hearingId, ApplicationRequest request) {
        Hearing h = access.lock(hearingId);
        if (h.status == HearingStatus.DRAFT) {
            throw HearingAccess.notFound();
        }
        access.user().require(access.community(h.communityId).scope(), HearingPermissions.TABLE.roles(HearingPermissions.Action.APPLY));
        long accountId = access.user().requireAccountId();
        Resident resident = Resident.ofAccount(accountId)
                .filter(r -> h.communityId.equals(r.communityId))
                .orElseThrow(() -> DomainException.forbidden("forbidden.hearing.not-resident"));
        requests.valid(request);
        Refusal.throwIf(h.workflow().checkRegister(h.status, access.today(), h.schedule()));
        if (HearingApplication.of(h.id, accountId).isPresent()) {
            throw DomainException.conflict("hearing.registration.once");
        }
        HearingApplication a = new HearingApplication();
        a.kind = request.kind();
        if (a.kind == ApplicationKind.REPRESENTATIVE) {
            representative(h, a, request);
        } else {
            observer(h, a);
        }
        a.hearingId = h.id;
        a.applicationNo = h.nextApplicationNo++;
        a.accountId = accountId;
        a.residentId = resident.id;
        a.name = resident.name;
        a.appliedAt = access.now();
        a.persist();
        access.audit("hearing.apply", "hearing_application", a.id,
                "hearing " + h.id + " no. " + a.applicationNo + " " + a.kind + (a.category == null ? "" : " " + a.category));
        return ApplicationView.of(a);
    }

    /** The caller's own application, if any. */
    public Optional<ApplicationView> mine(long hearingId) {
        return access.user().accountId().flatMap(account -> HearingApplication.of(hearingId, account)).map(ApplicationView::of);
    }

    /**
     * Representative applications: public once registration closed (the list the lottery draws from), for staff
     * at any time. Observers are counted, not listed.
     */
    public List<ApplicationView> applicants(long hearingId) {
        Hearing h = access.visible(hearingId);
        if (!HearingAccess.reached(h.status, HearingStatus.REGISTRATION_CLOSED) && !access.isStaff(h.communityId)) {
            throw DomainException.forbidden("forbidden.hearing.applicants-later");
        }
        return HearingApplication.representatives(h.id).stream().map(ApplicationView::of).toList();
    }

    private static void representative(Hearing h, HearingApplication a, ApplicationRequest request) {
        if (request.category() == null) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("category", "field.hearing.category")));
        }
        if (h.seats().get(request.category()) == 0) {
            throw DomainException.invalid(List.of(DomainException.FieldError.of("category", "field.hearing.no-seats", request.category())));
        }
        if (request.statement() == null || request.statement().isBlank()) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("statement", "field.hearing.statement")));
        }
        a.category = request.category();
        a.statement = request.statement().strip();
        a.outcome = ApplicationOutcome.APPLIED;
    }

    private static void observer(Hearing h, HearingApplication a) {
        if (h.observers >= h.observerCapacity) {
            throw DomainException.conflict("hearing.registration.observers-full", h.observerCapacity);
        }
        h.observers++;
        a.outcome = ApplicationOutcome.OBSERVER;
    }
}
