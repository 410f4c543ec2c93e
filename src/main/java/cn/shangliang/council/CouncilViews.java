package cn.shangliang.council;

import java.time.Clock;

import cn.shangliang.community.Community;
import cn.shangliang.community.CommunityViews.CommunityOption;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Read models of councils: members, history and the cadence watch. Public, like the notice board. */
@ApplicationScoped
public class CouncilViews {

    @Inject
    CouncilConfig config;

    @Inject
    Clock clock;

    public record MemberView(long id, long accountId, String name, SeatCategory seat, boolean chair,
                             LocalDate termStart, LocalDate termEnd, LocalDate leftOn, boolean termEnded) {
        static MemberView of(CouncilMember m, LocalDate today) {
            return new MemberView(m.id, m.accountId, m.name, m.seat, m.chair, m.termStart, m.termEnd, m.leftOn,
                    m.termEnd != null && today.isAfter(m.termEnd));
        }
    }

    public record HistoryView(Instant occurredAt, String memberName, CouncilMemberEvent.Kind kind, String note) {
    }

    /** The next monthly and consultation meetings' deadlines; overdue when the day has passed. */
    public record CadenceView(LocalDate monthlyDue, boolean monthlyOverdue, LocalDate consultationDue,
                              boolean consultationOverdue) {
        public boolean overdue() {
            return monthlyOverdue || consultationOverdue;
        }
    }

    public record CouncilView(long id, long communityId, String communityName, String name, LocalDate createdOn,
                              String chairName, int memberCount, String quorumRule, long quorumMinimum, CadenceView cadence,
                              List<MemberView> members) {
    }

    public record CouncilSummary(long id, long communityId, String communityName, String name, String chairName,
                                 int memberCount, CadenceView cadence) {
    }

    /** A council's id and name: the heading and back link of its sub-pages. */
    public record CouncilName(long id, String name) {
        static CouncilName of(Council council) {
            return new CouncilName(council.id, council.name);
        }
    }

    public Council council(long id) {
        Council council = Council.findById(id);
        if (council == null) {
            throw DomainException.notFound("not-found.council");
        }
        return council;
    }

    public CouncilName name(long id) {
        return CouncilName.of(council(id));
    }

    /** Of the given communities, those without a council yet, for the "create a council" form. */
    public List<CommunityOption> withoutCouncil(Collection<Long> communityIds) {
        return communityIds.isEmpty() ? List.of() : Community.<Community>list("id in ?1", communityIds).stream()
                .filter(c -> Council.ofCommunity(c.id).isEmpty()).map(CommunityOption::of).toList();
    }

    public CouncilView view(long id) {
        Council council = council(id);
        LocalDate today = LocalDate.now(clock);
        List<MemberView> members = CouncilMember.current(id).stream().map(m -> MemberView.of(m, today)).toList();
        return new CouncilView(council.id, council.communityId, communityName(council), council.name,
                council.createdOn, chairName(members), members.size(), config.rules().quorum().toString(),
                config.rules().quorum().minimumOf(members.size()), cadence(council), members);
    }

    public List<CouncilSummary> all() {
        return Council.<Council>listAll().stream().map(this::summary).toList();
    }

    public CouncilSummary summary(Council council) {
        LocalDate today = LocalDate.now(clock);
        List<MemberView> members = CouncilMember.current(council.id).stream().map(m -> MemberView.of(m, today)).toList();
        return new CouncilSummary(council.id, council.communityId, communityName(council), council.name,
                chairName(members), members.size(), cadence(council));
    }

    public List<MemberView> formerMembers(long councilId) {
        LocalDate today = LocalDate.now(clock);
        return CouncilMember.former(councilId).stream().map(m -> MemberView.of(m, today)).toList();
    }

    public List<HistoryView> history(long councilId) {
        return CouncilMemberEvent.ofCouncil(councilId).stream().map(e -> {
            CouncilMember m = CouncilMember.findById(e.memberId);
            return new HistoryView(e.occurredAt, m.name, e.kind, e.note);
        }).toList();
    }

    public CadenceView cadence(Council council) {
        // a council dated after today (a demo that ran ahead of time) is judged as of its creation day
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(council.createdOn) ? council.createdOn : today;
        Cadence.Status status = config.cadence().status(council.createdOn,
                clamp(Meeting.lastHeld(council.id, MeetingKind.MONTHLY), council.createdOn, asOf),
                clamp(Meeting.lastHeld(council.id, MeetingKind.CONSULTATION), council.createdOn, asOf), asOf);
        return new CadenceView(status.monthly().deadline(), status.monthly().overdue(),
                status.consultation().deadline(), status.consultation().overdue());
    }

    /**
     * A meeting recorded with a date before the council's creation (demo or imported data) counts as on it, and
     * one dated after today as held today: another instance's clock may run a little ahead around midnight, and a
     * demo run ahead of time ({@code shangliang.clock.offset}) leaves meetings held on later days. The council
     * pages must still answer; the pure rule in {@link Cadence} keeps refusing such dates.
     */
    private static LocalDate clamp(LocalDate held, LocalDate created, LocalDate today) {
        if (held == null) {
            return null;
        }
        return held.isBefore(created) ? created : held.isAfter(today) ? today : held;
    }

    private static String chairName(List<MemberView> members) {
        return members.stream().filter(MemberView::chair).map(MemberView::name).findFirst().orElse(null);
    }

    private static String communityName(Council council) {
        Community community = Community.findById(council.communityId);
        return community == null ? "" : community.name;
    }
}
