package cn.shangliang.hearing;

import cn.shangliang.notification.NotificationKind;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.RequestCheck;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.hearing.HearingInput.AttendanceRequest;
import cn.shangliang.hearing.HearingInput.SignOffRequest;
import cn.shangliang.hearing.HearingInput.StatementRequest;
import cn.shangliang.hearing.HearingViews.ApplicationView;
import cn.shangliang.hearing.HearingViews.HearingView;
import cn.shangliang.hearing.HearingViews.RecordView;
import cn.shangliang.hearing.HearingViews.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hearing day and its record: the attendance check, the statements in the order of business, and each
 * representative's confirmation of the record (听证笔录).
 */
@ApplicationScoped
public class SessionService {

    @Inject
    HearingAccess access;

    @Inject
    RequestCheck requests;

    @Inject
    HearingService hearings;

    /** Marks who of the selected representatives is present; the list replaces the previous one. */
    @Transactional
    public RecordView attendance(long id, AttendanceRequest request) {
        Hearing h = access.lockForStaff(id, request);
        if (h.status != HearingStatus.PARTICIPANTS_FIXED) {
            throw DomainException.conflict("hearing.attendance.not-now", h.status);
        }
        List<HearingApplication> representatives = HearingApplication.selected(h.id);
        Set<Long> present = new HashSet<>(request.present());
        Set<Long> known = new HashSet<>(representatives.stream().map(a -> a.id).toList());
        if (!known.containsAll(present)) {
            throw DomainException.withCode(400, "hearing.attendance.unknown", "hearing.attendance.unknown.person");
        }
        representatives.forEach(a -> a.present = present.contains(a.id));
        access.audit("hearing.attendance", "hearing", h.id, present.size() + " of " + representatives.size() + " present");
        return record(h);
    }

    /**
     * A selected representative checks themself in on the hearing day by scanning the QR code staff show (a
     * short-lived signed token for this hearing); staff's attendance list stays the fallback and can undo it.
     */
    @Transactional
    public RecordView qrCheckIn(long id, String token) {
        Hearing h = access.lock(id);
        long accountId = access.user().requireAccountId();
        HearingApplication mine = HearingApplication.selected(h.id).stream().filter(a -> Long.valueOf(accountId).equals(a.accountId))
                .findFirst().orElseThrow(() -> DomainException.forbidden("forbidden.hearing.not-representative"));
        if (!checkInTokens.valid(token, "hearing-" + h.id)) {
            throw DomainException.invalid(java.util.List.of(new DomainException.FieldError("t", "field.check-in.token")));
        }
        if (h.status != HearingStatus.PARTICIPANTS_FIXED || !access.today().equals(h.hearingDate)) {
            throw DomainException.conflict("hearing.attendance.not-now", h.status);
        }
        if (!mine.present) {
            mine.present = true;
            access.audit("hearing.check-in", "hearing", h.id, "application " + mine.applicationNo + " by QR");
        }
        return record(h);
    }

    @Inject
    cn.shangliang.common.security.CheckInTokens checkInTokens;

    @Transactional
    public HearingView open(long id) {
        Hearing h = access.lockForStaff(id);
        List<HearingApplication> representatives = HearingApplication.selected(h.id);
        int present = (int) representatives.stream().filter(a -> a.present).count();
        Refusal.throwIf(h.workflow().checkOpenSession(h.status, access.today(), h.hearingDate, present, representatives.size()));
        h.status = HearingStatus.IN_SESSION;
        access.audit("hearing.session-open", "hearing", h.id, present + " of " + representatives.size() + " present");
        return hearings.view(h);
    }

    @Transactional
    public StatementView statement(long id, StatementRequest request) {
        Hearing h = access.lockForStaff(id, request);
        if (h.status != HearingStatus.IN_SESSION) {
            throw DomainException.conflict("hearing.session.not-in-session");
        }
        HearingApplication speaker = request.applicationId() == null ? null
                : HearingApplication.<HearingApplication>findByIdOptional(request.applicationId())
                        .filter(a -> a.hearingId.equals(h.id) && a.outcome == ApplicationOutcome.SELECTED && a.present)
                        .orElseThrow(() -> DomainException.badInput("hearing.session.unknown-speaker"));
        if (speaker == null && (request.speaker() == null || request.speaker().isBlank())) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("speaker", "field.hearing.speaker")));
        }
        Refusal.throwIf(OrderOfBusiness.checkStatement(lastStage(h.id), request.stage(), speaker != null));
        HearingStatement s = new HearingStatement();
        s.hearingId = h.id;
        s.seq = h.nextStatementNo++;
        s.stage = request.stage();
        s.applicationId = speaker == null ? null : speaker.id;
        s.speaker = speaker == null ? request.speaker().strip() : speaker.name;
        s.position = request.position() == null ? StatementPosition.OTHER : request.position();
        s.content = request.content().strip();
        s.recordedAt = access.now();
        s.recordedBy = access.actor();
        s.persist();
        access.audit("hearing.statement", "hearing", h.id, "#" + s.seq + " " + s.stage + " " + s.speaker);
        return StatementView.of(s);
    }

    /** Ends the session: every representative present now owes a sign-off of the record. */
    @Transactional
    public HearingView end(long id) {
        Hearing h = access.lockForStaff(id);
        Refusal.throwIf(h.workflow().checkEndSession(h.status, lastStage(h.id)));
        HearingApplication.selected(h.id).stream().filter(a -> a.present).forEach(a -> a.signOff = SignOff.PENDING);
        h.status = HearingStatus.RECORD_CONFIRMATION;
        access.notify(NotificationKind.HEARING_RECORD, HearingApplication.selected(h.id).stream().filter(a -> a.present)
                .map(a -> a.accountId).toList(), h, "/record");
        access.audit("hearing.session-end", "hearing", h.id, h.title);
        return hearings.view(h);
    }

    /** A representative confirms the record for themself: signed, signed with corrections, or refused. */
    @Transactional
    public ApplicationView signOff(long id, SignOffRequest request) {
        Hearing h = access.visible(id);
        long accountId = access.user().requireAccountId();
        HearingApplication a = HearingApplication.of(h.id, accountId)
                .filter(x -> x.signOff != null)
                .orElseThrow(() -> DomainException.forbidden("forbidden.hearing.sign-off"));
        a = HearingApplication.findById(a.id, LockModeType.PESSIMISTIC_WRITE);
        requests.valid(request);
        if (h.status != HearingStatus.RECORD_CONFIRMATION) {
            throw DomainException.conflict("hearing.record.not-confirming");
        }
        if (a.signOff != SignOff.PENDING) {
            throw DomainException.conflict("hearing.record.already-signed", a.signOff);
        }
        boolean noteNeeded = request.decision() == SignOff.SIGNED_WITH_CORRECTIONS || request.decision() == SignOff.REFUSED;
        if (request.decision() == SignOff.PENDING) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("decision", "field.hearing.sign-off")));
        }
        if (noteNeeded && (request.note() == null || request.note().isBlank())) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("note",
                    request.decision() == SignOff.REFUSED ? "field.hearing.refusal-reason" : "field.hearing.corrections")));
        }
        a.signOff = request.decision();
        a.signOffNote = noteNeeded ? request.note().strip() : null;
        a.signedAt = access.now();
        access.audit("hearing.sign-off", "hearing_application", a.id, a.signOff + " hearing " + h.id);
        return ApplicationView.of(a);
    }

    /** The record is public once the session has begun: hearings are held in public, before observers. */
    public RecordView record(long id) {
        Hearing h = access.visible(id);
        if (!HearingAccess.reached(h.status, HearingStatus.PARTICIPANTS_FIXED)) {
            throw DomainException.notFound("not-found.hearing-record");
        }
        return record(h);
    }

    private RecordView record(Hearing h) {
        List<ApplicationView> representatives = HearingApplication.selected(h.id).stream().map(ApplicationView::of).toList();
        List<StatementView> statements = HearingStatement.ofHearing(h.id).stream().map(StatementView::of).toList();
        int present = (int) representatives.stream().filter(ApplicationView::present).count();
        return new RecordView(h.status, representatives, present, statements, lastStage(h.id));
    }

    static SessionStage lastStage(long hearingId) {
        List<HearingStatement> last = HearingStatement.find("hearingId = ?1 order by seq desc", hearingId).page(0, 1).list();
        return last.isEmpty() ? null : last.get(0).stage;
    }
}
