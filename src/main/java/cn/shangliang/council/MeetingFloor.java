package cn.shangliang.council;

import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;


import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.FieldPrefix;
import cn.shangliang.common.web.QrCheckIn;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.proposal.ProposalAgenda;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happens at the meeting: check-in, the deliberation record and the votes. Each use case locks the
 * meeting row, so attendance and the quorum a vote relies on cannot change under it. Invited participants
 * are recorded as present but neither count for quorum nor vote: quorum and majority are of members.
 */
@ApplicationScoped
public class MeetingFloor {

    @Inject
    MeetingService meetings;

    @Inject
    CouncilActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    CouncilAudit audit;

    @Inject
    CouncilConfig config;

    @Inject
    Clock clock;

    @Inject
    ProposalAgenda proposals;

    /**
     * @param votes for a roll call: member id → choice, one for each member present; the counts are then
     *              taken from it. For a show of hands, the three counts. A page sends one {@code vote_<member>}
     *              field each.
     */
    public record VoteForm(String text, Resolution.VoteMode mode, Integer agree, Integer oppose, Integer abstain,
                           @FieldPrefix("vote_") Map<Long, ResolutionVote.Choice> votes) {
    }

    @Inject
    cn.shangliang.common.security.CheckInTokens checkInTokens;

    /** Someone present: a member checked in by staff ({@code memberId}), or a guest by name (page and API alike). */
    public record Attendee(Long memberId, String name, String affiliation) {
    }

    /** The code announced in the room, typed by a member checking themself in (page and API alike). */
    public record CheckIn(String code) {
    }

    /** Who spoke on an item and the views summed up (page and API alike). */
    public record Deliberation(String speakers, String views) {
    }

    /** Records {@code a} as present: the member, or else the guest; returns the attendance's id. */
    public long checkIn(long meetingId, Attendee a) {
        if (a == null || a.memberId() == null && a.name() == null) {
            throw DomainException.invalid(List.of(new FieldError("memberId", "field.meeting.attendee")));
        }
        return a.memberId() != null ? checkInMember(meetingId, a.memberId())
                : checkInGuest(meetingId, a.name(), a.affiliation());
    }

    @Transactional
    public long checkInMember(long meetingId, long memberId) {
        Meeting m = meetings.locked(meetingId, CouncilAction.RECORD_ATTENDANCE);
        CouncilMember member = CouncilMember.findById(memberId);
        if (member == null || !member.councilId.equals(m.councilId) || member.leftOn != null) {
            throw DomainException.notFound("not-found.council-member");
        }
        return checkIn(m, member, Attendance.Method.STAFF);
    }

    /** A member checks themself in with the code announced in the room. */
    @Transactional
    public long selfCheckIn(long meetingId, String code) {
        Meeting m = meetings.locked(meetingId, CouncilAction.CHECK_IN);
        CouncilMember member = callerAsMember(m);
        if (code == null || !code.strip().equals(m.checkInCode)) {
            throw DomainException.invalid(List.of(new FieldError("code", "field.meeting.check-in-code")));
        }
        return checkIn(m, member, Attendance.Method.SELF);
    }

    /**
     * A member checks themself in by scanning the QR code the chair shows: the code carries a short-lived signed
     * token for this meeting instead of the six digits.
     */
    @Transactional
    public long qrCheckIn(long meetingId, QrCheckIn.Token token) {
        Meeting m = meetings.locked(meetingId, CouncilAction.CHECK_IN);
        CouncilMember member = callerAsMember(m);
        checkInTokens.require(token, "meeting-" + m.id);
        return checkIn(m, member, Attendance.Method.SELF);
    }

    /** The caller as a current member of the meeting's council: only members check themselves in. */
    private CouncilMember callerAsMember(Meeting m) {
        return CouncilMember.currentOf(m.councilId, currentUser.requireAccountId())
                .orElseThrow(() -> DomainException.forbidden("forbidden.meeting.not-member"));
    }

    @Transactional
    public long checkInGuest(long meetingId, String name, String affiliation) {
        Meeting m = meetings.locked(meetingId, CouncilAction.RECORD_ATTENDANCE);
        Refusal.throwIf(new MeetingWorkflow(config.rules()).checkCheckIn(m.status), Kind.CONFLICT);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainException.invalid(List.of(new FieldError("name", "field.meeting.guest")));
        }
        Attendance a = new Attendance();
        a.meetingId = m.id;
        a.name = name.strip();
        a.affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation.strip();
        a.method = Attendance.Method.STAFF;
        a.checkedInAt = clock.instant();
        a.persist();
        audit.record("meeting.check-in.guest", "meeting", m.id, a.name);
        return a.id;
    }

    private long checkIn(Meeting m, CouncilMember member, Attendance.Method method) {
        Refusal.throwIf(new MeetingWorkflow(config.rules()).checkCheckIn(m.status), Kind.CONFLICT);
        if (Attendance.count("meetingId = ?1 and memberId = ?2", m.id, member.id) > 0) {
            throw DomainException.conflict("meeting.check-in.already", member.name);
        }
        Attendance a = new Attendance();
        a.meetingId = m.id;
        a.memberId = member.id;
        a.name = member.name;
        a.affiliation = member.seat.label();
        a.method = method;
        a.checkedInAt = clock.instant();
        a.persist();
        audit.record("meeting.check-in", "meeting", m.id, CouncilNotices.checkedIn(member.name, method));
        return a.id;
    }

    @Transactional
    public void recordDeliberation(long meetingId, long itemId, Deliberation d) {
        String speakers = d == null ? null : d.speakers();
        String views = d == null ? null : d.views();
        Meeting m = meetings.locked(meetingId, CouncilAction.RECORD_DELIBERATION);
        if (m.status != MeetingStatus.IN_PROGRESS) {
            throw DomainException.conflict("meeting.deliberation.not-in-progress", m.status);
        }
        AgendaItem item = item(m, itemId);
        if (views == null || views.isBlank()) {
            throw DomainException.invalid(List.of(new FieldError("views", "field.meeting.views")));
        }
        item.speakers = speakers == null || speakers.isBlank() ? null : speakers.strip();
        item.views = views.strip();
        audit.record("meeting.deliberation", "agenda_item", item.id, item.title);
    }

    @Transactional
    public long vote(long meetingId, long itemId, VoteForm form) {
        Meeting m = meetings.locked(meetingId, CouncilAction.RECORD_VOTE);
        AgendaItem item = item(m, itemId);
        int members = Math.toIntExact(CouncilMember.countCurrent(m.councilId));
        int present = Attendance.membersPresent(m.id);
        CouncilRules rules = config.rules();
        Refusal.throwIf(new MeetingWorkflow(rules).checkVote(m.status, present, members), Kind.CONFLICT);
        if (Resolution.ofItem(item.id).isPresent()) {
            throw DomainException.conflict("meeting.vote.already");
        }
        Resolution r = counted(form, m, present);
        r.agendaItemId = item.id;
        r.meetingId = m.id;
        r.councilId = m.councilId;
        r.text = form.text().strip();
        r.members = members;
        r.present = present;
        r.passed = rules.passes(r.agree, present);
        r.decidedAt = clock.instant();
        r.persist();
        if (r.voteMode == Resolution.VoteMode.ROLL_CALL) {
            form.votes().forEach((memberId, choice) -> {
                ResolutionVote v = new ResolutionVote();
                v.resolutionId = r.id;
                v.memberId = memberId;
                v.choice = choice;
                v.persist();
            });
        }
        String outcome = CouncilNotices.outcome(r, present);
        if (item.proposalId != null) {
            proposals.decide(item.proposalId, CouncilNotices.decided(outcome, r.text));
        }
        audit.record("meeting.vote", "resolution", r.id, item.title + " " + outcome);
        return r.id;
    }

    /** Checks the form and fills the counts; nothing is written when it is wrong. */
    private static Resolution counted(VoteForm form, Meeting m, int present) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null || form.text() == null || form.text().isBlank()) {
            errors.add(new FieldError("text", "field.meeting.resolution"));
        }
        if (form == null || form.mode() == null) {
            errors.add(new FieldError("mode", "field.meeting.vote-method"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Resolution r = new Resolution();
        r.voteMode = form.mode();
        if (form.mode() == Resolution.VoteMode.ROLL_CALL) {
            Map<Long, ResolutionVote.Choice> votes = form.votes() == null ? Map.of() : form.votes();
            List<Long> presentMembers = Attendance.<Attendance>list("meetingId = ?1 and memberId is not null", m.id)
                    .stream().map(a -> a.memberId).toList();
            if (!presentMembers.containsAll(votes.keySet())) {
                throw DomainException.invalid(List.of(new FieldError("votes", "field.meeting.voter-present")));
            }
            // the page preselects nothing: a member left unchosen is a mistake to point out, not a vote
            votes.forEach((memberId, choice) -> {
                if (choice == null) {
                    errors.add(new FieldError("votes[" + memberId + "]", "council.roll-call.choose"));
                }
            });
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            r.agree = (int) votes.values().stream().filter(c -> c == ResolutionVote.Choice.AGREE).count();
            r.oppose = (int) votes.values().stream().filter(c -> c == ResolutionVote.Choice.OPPOSE).count();
            r.abstain = (int) votes.values().stream().filter(c -> c == ResolutionVote.Choice.ABSTAIN).count();
        } else {
            if (form.agree() == null || form.oppose() == null || form.abstain() == null
                    || form.agree() < 0 || form.oppose() < 0 || form.abstain() < 0) {
                throw DomainException.invalid(List.of(new FieldError("agree", "field.meeting.counts")));
            }
            if ((long) form.agree() + form.oppose() + form.abstain() > present) {
                throw DomainException.invalid(List.of(FieldError.of("agree", "field.meeting.counts-over", (form.agree() + form.oppose() + form.abstain()), present)));
            }
            r.agree = form.agree();
            r.oppose = form.oppose();
            r.abstain = form.abstain();
        }
        return r;
    }

    private static AgendaItem item(Meeting m, long itemId) {
        AgendaItem item = AgendaItem.findById(itemId);
        if (item == null || !item.meetingId.equals(m.id)) {
            throw DomainException.notFound("not-found.agenda-item");
        }
        return item;
    }
}
