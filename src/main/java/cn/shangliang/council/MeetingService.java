package cn.shangliang.council;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;

import cn.shangliang.common.rules.RuleViolation;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalAgenda;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting before and around the floor: scheduling, building and publishing the agenda, cancelling, opening
 * and closing. Every change locks the meeting row. The agenda changes only while it is a draft: a published
 * agenda is withdrawn first, and publishing again checks the notice period again.
 */
@ApplicationScoped
public class MeetingService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Notifications notifications;

    @Inject
    CouncilActors actors;

    @Inject
    CouncilAudit audit;

    @Inject
    CouncilConfig config;

    @Inject
    Clock clock;

    @Inject
    ProposalAgenda proposals;

    public record ScheduleForm(MeetingKind kind, String title, LocalDate date, LocalTime time, String place,
                               String participants) {
    }

    /** Either {@code proposalId} (an accepted proposal) or a {@code title} for another item. */
    public record ItemForm(Long proposalId, String title, String description) {
    }

    /** A reason typed for withdrawing an agenda or cancelling a meeting (page and API alike). */
    public record Reason(String reason) {

        /** The reason of a request that may have come without a body. */
        static String of(Reason r) {
            return r == null ? null : r.reason();
        }
    }

    @Transactional
    public long schedule(long councilId, ScheduleForm form) {
        Council council = Council.findById(councilId);
        if (council == null) {
            throw DomainException.notFound("not-found.council");
        }
        actors.require(council.communityId, CouncilAction.SCHEDULE_MEETING);
        List<FieldError> errors = new ArrayList<>();
        if (form == null || form.kind() == null) {
            errors.add(new FieldError("kind", "field.meeting.kind"));
        }
        if (form == null || form.date() == null || form.date().isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("date", "field.meeting.date"));
        }
        if (form == null || form.time() == null) {
            errors.add(new FieldError("time", "field.meeting.start"));
        }
        if (form == null || form.place() == null || form.place().isBlank() || form.place().length() > 200) {
            errors.add(new FieldError("place", "field.meeting.place"));
        }
        if (form != null && form.title() != null && form.title().length() > 200) {
            errors.add(new FieldError("title", "field.title-max-200"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Meeting m = new Meeting();
        m.councilId = council.id;
        m.status = MeetingStatus.DRAFT;
        MeetingDrafts.fill(m, council, form.kind(), form.title(), form.date(), form.time(), form.place(), form.participants());
        m.checkInCode = String.format("%06d", RANDOM.nextInt(1_000_000));
        m.createdAt = clock.instant();
        m.persist();
        audit.record("meeting.schedule", "meeting", m.id, m.title + " " + m.meetingDate);
        return m.id;
    }

    @Transactional
    public long addItem(long meetingId, ItemForm form) {
        Meeting m = locked(meetingId, CouncilAction.SCHEDULE_MEETING);
        requireDraft(m);
        Council council = Council.findById(m.councilId);
        AgendaItem item = new AgendaItem();
        item.meetingId = m.id;
        item.position = AgendaItem.ofMeeting(m.id).stream().mapToInt(i -> i.position).max().orElse(0) + 1;
        if (form != null && form.proposalId() != null) {
            Proposal p = proposals.schedule(form.proposalId(), council.communityId, m.title);
            item.proposalId = p.id;
            item.title = p.title;
            item.description = form.description() == null || form.description().isBlank() ? p.description : form.description().strip();
        } else {
            if (form == null || form.title() == null || form.title().isBlank() || form.title().length() > 200) {
                throw DomainException.invalid(List.of(new FieldError("title", "field.meeting.item")));
            }
            item.title = form.title().strip();
            item.description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        }
        item.persist();
        audit.record("meeting.agenda.add", "agenda_item", item.id, CouncilNotices.agendaItem(m, item));
        return item.id;
    }

    @Transactional
    public void removeItem(long meetingId, long itemId) {
        Meeting m = locked(meetingId, CouncilAction.SCHEDULE_MEETING);
        requireDraft(m);
        AgendaItem item = AgendaItem.findById(itemId);
        if (item == null || !item.meetingId.equals(m.id)) {
            throw DomainException.notFound("not-found.agenda-item");
        }
        if (item.proposalId != null) {
            proposals.unschedule(item.proposalId, CouncilNotices.takenOffAgenda(m));
        }
        item.delete();
        audit.record("meeting.agenda.remove", "agenda_item", itemId, CouncilNotices.agendaItem(m, item));
    }

    @Transactional
    public void publishAgenda(long meetingId) {
        Meeting m = locked(meetingId, CouncilAction.PUBLISH_AGENDA);
        List<AgendaItem> items = AgendaItem.ofMeeting(m.id);
        Refusal.throwIf(new MeetingWorkflow(config.rules())
                .checkPublishAgenda(m.status, LocalDate.now(clock), m.meetingDate, items.size()), Kind.CONFLICT);
        m.status = MeetingStatus.AGENDA_PUBLISHED;
        m.agendaPublishedAt = clock.instant();
        Council council = Council.findById(m.councilId);
        audit.publish(new NoticeBoard.Draft(NoticeCategory.COUNCIL, council.communityId, null,
                CouncilNotices.agendaTitle(m), CouncilNotices.agenda(m.meetingDate, m.startTime, m.place, m.participants, items), "meeting", m.id, "/meetings/" + m.id,
                m.meetingDate.plusDays(1).atStartOfDay(TemplateExtensions.ZONE).toInstant()));
        notifications.toAccounts(NotificationKind.COUNCIL_MEETING,
                CouncilMember.current(m.councilId).stream().map(x -> x.accountId).toList(), "meeting", m.id,
                council.communityId,
                "/meetings/" + m.id, m.title, m.meetingDate + " " + m.startTime);
        audit.record("meeting.agenda.publish", "meeting", m.id, m.title);
    }

    @Transactional
    public void withdrawAgenda(long meetingId, String reason) {
        Meeting m = locked(meetingId, CouncilAction.PUBLISH_AGENDA);
        Refusal.throwIf(MeetingWorkflow.TRANSITIONS.check(m.status, MeetingStatus.DRAFT), Kind.CONFLICT);
        Refusal.throwIf(RuleViolation.requireText(reason, "meeting.withdraw.reason-required"), Kind.INVALID);
        m.status = MeetingStatus.DRAFT;
        m.agendaPublishedAt = null;
        publishNotice(m, CouncilNotices.agendaWithdrawnTitle(m), CouncilNotices.agendaWithdrawn(reason.strip()));
        audit.record("meeting.agenda.withdraw", "meeting", m.id, reason.strip());
    }

    @Transactional
    public void cancel(long meetingId, String reason) {
        Meeting m = locked(meetingId, CouncilAction.CANCEL_MEETING);
        Refusal.throwIf(MeetingWorkflow.TRANSITIONS.check(m.status, MeetingStatus.CANCELLED), Kind.CONFLICT);
        Refusal.throwIf(new MeetingWorkflow(config.rules()).checkCancel(m.status, reason), Kind.INVALID);
        boolean announced = m.status == MeetingStatus.AGENDA_PUBLISHED;
        m.status = MeetingStatus.CANCELLED;
        m.cancelReason = reason.strip();
        returnUndecidedProposals(m, CouncilNotices.RETURNED_CANCELLED);
        if (announced) {
            publishNotice(m, CouncilNotices.cancelledTitle(m), CouncilNotices.cancelled(m));
        }
        audit.record("meeting.cancel", "meeting", m.id, m.cancelReason);
    }

    @Transactional
    public void open(long meetingId) {
        Meeting m = locked(meetingId, CouncilAction.OPEN_MEETING);
        Refusal.throwIf(new MeetingWorkflow(config.rules()).checkOpen(m.status, LocalDate.now(clock), m.meetingDate), Kind.CONFLICT);
        m.status = MeetingStatus.IN_PROGRESS;
        m.openedAt = clock.instant();
        audit.record("meeting.open", "meeting", m.id, m.title);
    }

    /** Items not voted on go back to be scheduled again; a meeting without quorum closes all the same. */
    @Transactional
    public void close(long meetingId) {
        Meeting m = locked(meetingId, CouncilAction.CLOSE_MEETING);
        Refusal.throwIf(MeetingWorkflow.TRANSITIONS.check(m.status, MeetingStatus.CLOSED), Kind.CONFLICT);
        m.status = MeetingStatus.CLOSED;
        m.closedAt = clock.instant();
        returnUndecidedProposals(m, CouncilNotices.RETURNED_NOT_VOTED);
        audit.record("meeting.close", "meeting", m.id, m.title);
    }

    private void returnUndecidedProposals(Meeting m, String why) {
        for (AgendaItem item : AgendaItem.ofMeeting(m.id)) {
            if (item.proposalId != null && Resolution.ofItem(item.id).isEmpty()) {
                proposals.unschedule(item.proposalId, why);
            }
        }
    }

    private void publishNotice(Meeting m, String title, String body) {
        Council council = Council.findById(m.councilId);
        audit.publish(new NoticeBoard.Draft(NoticeCategory.COUNCIL, council.communityId, null, title, body,
                "meeting", m.id, "/meetings/" + m.id, null));
    }

    private static void requireDraft(Meeting m) {
        if (m.status != MeetingStatus.DRAFT) {
            throw DomainException.conflict("meeting.agenda.not-draft", m.status);
        }
    }

    /** Locks the meeting row (first, so its state is the latest) and checks the action in its community. */
    Meeting locked(long meetingId, CouncilAction action) {
        Meeting m = Meeting.findById(meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw DomainException.notFound("not-found.meeting");
        }
        Council council = Council.findById(m.councilId);
        actors.require(council.communityId, action);
        return m;
    }
}
