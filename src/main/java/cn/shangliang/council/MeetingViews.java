package cn.shangliang.council;

import cn.shangliang.common.security.Actor;

import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Read models of meetings: the agenda, the live attendance and quorum, the record per item. A draft is seen
 * only by those who keep the records; the check-in code only by those who run the meeting.
 */
@ApplicationScoped
public class MeetingViews {

    @Inject
    CouncilActors actors;

    @Inject
    CouncilConfig config;

    public record AttendanceView(long id, Long memberId, String name, String affiliation, Attendance.Method method,
                                 Instant checkedInAt) {
    }

    public record VoteView(String memberName, ResolutionVote.Choice choice) {
    }

    public record ResolutionView(long id, String text, Resolution.VoteMode mode, int agree, int oppose, int abstain,
                                 int members, int present, boolean passed, Instant decidedAt, List<VoteView> votes,
                                 Long followUpId) {
    }

    public record ItemView(long id, int position, Long proposalId, String title, String description, String speakers,
                           String views, ResolutionView resolution) {
    }

    public record QuorumView(int members, int present, long minimum, boolean reached, long moreNeeded, String rule) {
    }

    public record MeetingView(long id, long councilId, String councilName, long communityId, MeetingKind kind,
                              MeetingStatus status, String title, LocalDate date, LocalTime time, String place,
                              String participants, String checkInCode, String cancelReason, Instant agendaPublishedAt,
                              String minutes, Instant minutesConfirmedAt, Instant minutesPublishedAt,
                              QuorumView quorum, List<ItemView> items, List<AttendanceView> attendance,
                              List<CouncilViews.MemberView> absent) {
    }

    public record MeetingSummary(long id, MeetingKind kind, MeetingStatus status, String title, LocalDate date,
                                 LocalTime time, String place) {
        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.id, m.kind, m.status, m.title, m.meetingDate, m.startTime, m.place);
        }
    }

    public MeetingView view(long id) {
        Meeting m = Meeting.findById(id);
        if (m == null) {
            throw DomainException.notFound("not-found.meeting");
        }
        Council council = Council.findById(m.councilId);
        Actor actor = actors.actor(council.communityId);
        if (m.status == MeetingStatus.DRAFT && !mayKeepRecords(actor)) {
            throw DomainException.notFound("not-found.meeting");
        }
        return record(m, council, CouncilPermissions.allows(actor, CouncilAction.RECORD_ATTENDANCE));
    }

    /**
     * Whom a meeting's record counts: the current members until it is over; once held or cancelled, those seated on
     * its day and every member recorded present there, so that a member who leaves later neither rewrites the
     * record nor leaves more present than members (the quorum rule refuses that).
     */
    private static List<CouncilMember> membersOf(Meeting m, Set<Long> presentIds) {
        if (m.status == MeetingStatus.DRAFT || m.status == MeetingStatus.AGENDA_PUBLISHED
                || m.status == MeetingStatus.IN_PROGRESS) {
            return CouncilMember.current(m.councilId);
        }
        List<CouncilMember> seated = new ArrayList<>(CouncilMember.seatedOn(m.councilId, m.meetingDate));
        Set<Long> seatedIds = seated.stream().map(cm -> cm.id).collect(Collectors.toSet());
        presentIds.stream().filter(id -> !seatedIds.contains(id)).sorted()
                .map(id -> CouncilMember.<CouncilMember>findById(id)).forEach(seated::add);
        return seated;
    }

    /** The meeting's record as it stands, without any visibility check (minutes and demo data use it too). */
    MeetingView record(Meeting m, Council council, boolean runs) {
        List<Attendance> attendance = Attendance.ofMeeting(m.id);
        Set<Long> presentIds = attendance.stream().filter(a -> a.memberId != null).map(a -> a.memberId).collect(Collectors.toSet());
        List<CouncilMember> current = membersOf(m, presentIds);
        int present = presentIds.size();
        CouncilRules rules = config.rules();
        QuorumView quorum = new QuorumView(current.size(), present, rules.quorum().minimumOf(current.size()),
                rules.quorumPresent(present, current.size()), rules.moreNeededForQuorum(present, current.size()),
                rules.quorum().of("threshold.whole.members").label());
        Map<Long, String> names = CouncilMember.<CouncilMember>list("councilId", council.id).stream()
                .collect(Collectors.toMap(cm -> cm.id, cm -> cm.name));
        List<ItemView> items = AgendaItem.ofMeeting(m.id).stream().map(i -> new ItemView(i.id, i.position, i.proposalId,
                i.title, i.description, i.speakers, i.views, Resolution.ofItem(i.id).map(r -> resolution(r, names)).orElse(null)))
                .toList();
        List<CouncilViews.MemberView> absent = current.stream().filter(cm -> !presentIds.contains(cm.id))
                .map(cm -> new CouncilViews.MemberView(cm.id, cm.accountId, cm.name, cm.seat, cm.chair, cm.termStart,
                        cm.termEnd, cm.leftOn, false)).toList();
        return new MeetingView(m.id, council.id, council.name, council.communityId, m.kind, m.status, m.title,
                m.meetingDate, m.startTime, m.place, m.participants, runs ? m.checkInCode : null, m.cancelReason,
                m.agendaPublishedAt, m.minutes, m.minutesConfirmedAt, m.minutesPublishedAt, quorum, items,
                attendance.stream().map(a -> new AttendanceView(a.id, a.memberId, a.name, a.affiliation, a.method,
                        a.checkedInAt)).toList(), absent);
    }

    /** Drafts are hidden from the public; everything else is listed. */
    public List<MeetingSummary> ofCouncil(long councilId) {
        Council council = Council.findById(councilId);
        if (council == null) {
            throw DomainException.notFound("not-found.council");
        }
        boolean records = mayKeepRecords(actors.actor(council.communityId));
        return Meeting.ofCouncil(councilId).stream().filter(m -> records || m.status != MeetingStatus.DRAFT)
                .map(MeetingSummary::of).toList();
    }

    static ResolutionView resolution(Resolution r, Map<Long, String> names) {
        List<VoteView> votes = ResolutionVote.ofResolution(r.id).stream()
                .map(v -> new VoteView(names.getOrDefault(v.memberId, "#" + v.memberId), v.choice)).toList();
        Long followUp = FollowUp.ofResolution(r.id).map(f -> f.id).orElse(null);
        return new ResolutionView(r.id, r.text, r.voteMode, r.agree, r.oppose, r.abstain, r.members, r.present,
                r.passed, r.decidedAt, votes, followUp);
    }

    static boolean mayKeepRecords(Actor actor) {
        return CouncilPermissions.allows(actor, CouncilAction.VIEW_RECORDS)
                || CouncilPermissions.allows(actor, CouncilAction.SCHEDULE_MEETING);
    }
}
