package cn.shangliang.council;

import java.time.Clock;

import cn.shangliang.common.security.Actor;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.proposal.ProposalQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-ups and the public list of a council's resolutions. A resolution is public once its meeting's
 * minutes are published; members, staff and supervisors (VIEW_RECORDS) see it from the vote on.
 */
@ApplicationScoped
public class FollowUpViews {

    @Inject
    CouncilActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ProposalQueries proposals;

    public record UpdateView(FollowUpStatus status, String text, Instant occurredAt, String actor) {
    }

    public record RatingSummary(Map<FollowUpRating, Integer> counts, int total) {
    }

    public record FollowUpView(long id, long councilId, long resolutionId, String resolutionText, long meetingId,
                               String meetingTitle, Long proposalId, String responsible, LocalDate dueDate,
                               FollowUpStatus status, boolean overdue, int reportCount, String report,
                               List<UpdateView> updates, RatingSummary ratings, boolean mayRate) {
    }

    public record ResolutionRow(long resolutionId, long meetingId, String meetingTitle, LocalDate meetingDate,
                                String text, boolean passed, int agree, int oppose, int abstain, int present,
                                Long followUpId, FollowUpStatus followUpStatus, String responsible,
                                LocalDate dueDate, boolean overdue) {
    }

    public FollowUpView view(long id) {
        FollowUp f = FollowUp.findById(id);
        if (f == null) {
            throw DomainException.notFound("not-found.follow-up");
        }
        Resolution r = Resolution.findById(f.resolutionId);
        Meeting m = Meeting.findById(r.meetingId);
        Actor actor = actors.actor(FollowUpService.communityOf(f.councilId));
        if (m.status != MeetingStatus.MINUTES_PUBLISHED && !MeetingViews.mayKeepRecords(actor)) {
            throw DomainException.notFound("not-found.follow-up");
        }
        Long proposalId = FollowUpService.proposalOf(f);
        Map<FollowUpRating, Integer> counts = new EnumMap<>(FollowUpRating.class);
        List<FollowUpRatingEntry> ratings = FollowUpRatingEntry.ofFollowUp(f.id);
        ratings.forEach(e -> counts.merge(e.rating, 1, Integer::sum));
        boolean mayRate = actor.userId() > 0 && proposalId != null && proposals.isSupporter(proposalId, actor.userId())
                && FollowUpWorkflow.checkRate(f.status, true, ratings.stream()
                .anyMatch(e -> e.reportNo == f.reportCount && e.accountId == actor.userId())).isEmpty();
        return new FollowUpView(f.id, f.councilId, r.id, r.text, m.id, m.title, proposalId, f.responsible, f.dueDate,
                f.status, FollowUpWorkflow.overdue(f.status, f.dueDate, LocalDate.now(clock)), f.reportCount, f.report,
                FollowUpUpdate.ofFollowUp(f.id).stream().map(u -> new UpdateView(u.status, u.text, u.occurredAt, u.actor)).toList(),
                new RatingSummary(counts, ratings.size()), mayRate);
    }

    public List<ResolutionRow> resolutions(long councilId) {
        Council council = Council.findById(councilId);
        if (council == null) {
            throw DomainException.notFound("not-found.council");
        }
        boolean records = MeetingViews.mayKeepRecords(actors.actor(council.communityId));
        LocalDate today = LocalDate.now(clock);
        List<ResolutionRow> rows = new ArrayList<>();
        for (Resolution r : Resolution.<Resolution>list("councilId = ?1 order by id desc", councilId)) {
            Meeting m = Meeting.findById(r.meetingId);
            if (!records && m.status != MeetingStatus.MINUTES_PUBLISHED) {
                continue;
            }
            FollowUp f = FollowUp.ofResolution(r.id).orElse(null);
            rows.add(new ResolutionRow(r.id, m.id, m.title, m.meetingDate, r.text, r.passed, r.agree, r.oppose,
                    r.abstain, r.present, f == null ? null : f.id, f == null ? null : f.status,
                    f == null ? null : f.responsible, f == null ? null : f.dueDate,
                    f != null && FollowUpWorkflow.overdue(f.status, f.dueDate, today)));
        }
        return rows;
    }

    /** Open follow-ups of a council past their due date. */
    public List<FollowUp> overdue(long councilId) {
        return FollowUp.<FollowUp>list("councilId = ?1 and status <> ?2 and dueDate < ?3 order by dueDate",
                councilId, FollowUpStatus.CLOSED, LocalDate.now(clock));
    }
}
