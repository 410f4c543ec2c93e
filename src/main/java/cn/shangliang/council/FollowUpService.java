package cn.shangliang.council;

import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.security.Actor;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import cn.shangliang.proposal.ProposalQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * 落实与反馈: a passed resolution is handed to a responsible party with a due date; progress notes, a report
 * (published), closing or reopening follow; the proposer and co-signers rate each report once.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    CouncilActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    CouncilAudit audit;

    @Inject
    Clock clock;

    @Inject
    ProposalQueries proposals;

    @Inject
    FollowUpNotices notices;

    /** Who follows a passed resolution up, and by when (page and API alike). */
    public record Assignment(String responsible, LocalDate dueDate) {
    }

    /** A text the staff type (page and API alike): a progress note, a report, a closing note, a reason to reopen. */
    public record Text(String text) {

        /** The text of a request that may have come without a body. */
        static String of(Text t) {
            return t == null ? null : t.text();
        }
    }

    /** A supporter's rating of a report (page and API alike). */
    public record Rating(FollowUpRating rating, String comment) {
    }

    @Transactional
    public long assign(long resolutionId, String responsible, LocalDate dueDate) {
        Resolution r = Resolution.findById(resolutionId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw DomainException.notFound("not-found.resolution");
        }
        actors.require(communityOf(r.councilId), CouncilAction.ASSIGN_FOLLOW_UP);
        if (!r.passed) {
            throw DomainException.conflict("follow-up.not-passed");
        }
        if (FollowUp.ofResolution(r.id).isPresent()) {
            throw DomainException.conflict("follow-up.exists");
        }
        if (responsible == null || responsible.isBlank() || responsible.length() > 150) {
            throw DomainException.invalid(List.of(new FieldError("responsible", "field.follow-up.assignee")));
        }
        if (dueDate == null || dueDate.isBefore(LocalDate.now(clock))) {
            throw DomainException.invalid(List.of(new FieldError("dueDate", "field.follow-up.due")));
        }
        FollowUp f = new FollowUp();
        f.resolutionId = r.id;
        f.councilId = r.councilId;
        f.responsible = responsible.strip();
        f.dueDate = dueDate;
        f.status = FollowUpStatus.ASSIGNED;
        f.createdAt = clock.instant();
        f.persist();
        step(f, CouncilNotices.assigned(f.responsible, dueDate));
        audit.record("follow-up.assign", "follow_up", f.id, f.responsible + " " + dueDate);
        return f.id;
    }

    /** A progress note; the first one starts the work (ASSIGNED → IN_PROGRESS). */
    @Transactional
    public void progress(long id, String text) {
        FollowUp f = locked(id, CouncilAction.UPDATE_FOLLOW_UP);
        requireText(text, "field.follow-up.progress");
        if (f.status == FollowUpStatus.ASSIGNED) {
            f.status = FollowUpStatus.IN_PROGRESS;
        } else if (f.status != FollowUpStatus.IN_PROGRESS) {
            throw DomainException.conflict("follow-up.progress.not-open", f.status);
        }
        step(f, text.strip());
        notices.progress(f);
        audit.record("follow-up.progress", "follow_up", f.id, text.strip());
    }

    @Transactional
    public void report(long id, String text) {
        FollowUp f = locked(id, CouncilAction.UPDATE_FOLLOW_UP);
        FollowUpStatus from = f.status == FollowUpStatus.ASSIGNED ? FollowUpStatus.IN_PROGRESS : f.status;
        List<RuleViolation> violations = FollowUpWorkflow.checkReport(from, text);
        Refusal.throwIf(violations);
        f.status = FollowUpStatus.REPORTED;
        f.reportCount++;
        f.report = text.strip();
        step(f, f.report);
        publish(f, CouncilNotices.REPORTED, f.report);
        notices.reported(f);
        audit.record("follow-up.report", "follow_up", f.id, f.report);
    }

    @Transactional
    public void close(long id, String note) {
        FollowUp f = locked(id, CouncilAction.UPDATE_FOLLOW_UP);
        Refusal.throwIf(FollowUpWorkflow.TRANSITIONS.check(f.status, FollowUpStatus.CLOSED), Kind.CONFLICT);
        f.status = FollowUpStatus.CLOSED;
        f.closedAt = clock.instant();
        String text = note == null || note.isBlank() ? CouncilNotices.CLOSED : note.strip();
        step(f, text);
        publish(f, CouncilNotices.CLOSED_TITLE, f.report + (note == null || note.isBlank() ? "" : "\n" + text));
        audit.record("follow-up.close", "follow_up", f.id, text);
    }

    @Transactional
    public void reopen(long id, String reason) {
        FollowUp f = locked(id, CouncilAction.UPDATE_FOLLOW_UP);
        Refusal.throwIf(FollowUpWorkflow.TRANSITIONS.check(f.status, FollowUpStatus.IN_PROGRESS), Kind.CONFLICT);
        requireText(reason, "field.follow-up.reopen");
        f.status = FollowUpStatus.IN_PROGRESS;
        step(f, CouncilNotices.reopened(reason.strip()));
        audit.record("follow-up.reopen", "follow_up", f.id, reason.strip());
    }

    @Transactional
    public void rate(long id, FollowUpRating rating, String comment) {
        FollowUp f = FollowUp.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw DomainException.notFound("not-found.follow-up");
        }
        if (rating == null) {
            throw DomainException.invalid(List.of(new FieldError("rating", "field.follow-up.rating")));
        }
        if (comment != null && comment.length() > 500) {
            throw DomainException.invalid(List.of(new FieldError("comment", "field.comment-500")));
        }
        Actor actor = actors.require(communityOf(f.councilId), CouncilAction.RATE_FOLLOW_UP);
        Long proposalId = proposalOf(f);
        boolean supporter = actor.userId() > 0 && proposalId != null && proposals.isSupporter(proposalId, actor.userId());
        boolean rated = FollowUpRatingEntry.count("followUpId = ?1 and reportNo = ?2 and accountId = ?3",
                f.id, f.reportCount, actor.userId()) > 0;
        List<RuleViolation> violations = FollowUpWorkflow.checkRate(f.status, supporter, rated);
        boolean notSupporter = violations.stream().anyMatch(v -> v.code().equals("follow-up.rate.not-supporter"));
        Refusal.throwIf(violations, notSupporter ? Kind.FORBIDDEN : Kind.CONFLICT);
        FollowUpRatingEntry e = new FollowUpRatingEntry();
        e.followUpId = f.id;
        e.reportNo = f.reportCount;
        e.accountId = actor.userId();
        e.rating = rating;
        e.comment = comment == null || comment.isBlank() ? null : comment.strip();
        e.createdAt = clock.instant();
        e.persist();
        audit.record("follow-up.rate", "follow_up", f.id, rating.name());
    }

    /** The proposal behind the resolution, if the agenda item came from one. */
    static Long proposalOf(FollowUp f) {
        Resolution r = Resolution.findById(f.resolutionId);
        AgendaItem item = AgendaItem.findById(r.agendaItemId);
        return item.proposalId;
    }

    private FollowUp locked(long id, CouncilAction action) {
        FollowUp f = FollowUp.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw DomainException.notFound("not-found.follow-up");
        }
        actors.require(communityOf(f.councilId), action);
        return f;
    }

    private void step(FollowUp f, String text) {
        FollowUpUpdate u = new FollowUpUpdate();
        u.followUpId = f.id;
        u.status = f.status;
        u.text = text;
        u.occurredAt = clock.instant();
        u.actor = currentUser.displayName() == null ? audit.actor() : currentUser.displayName();
        u.persist();
    }

    private void publish(FollowUp f, String prefix, String body) {
        Resolution r = Resolution.findById(f.resolutionId);
        audit.publish(new NoticeBoard.Draft(NoticeCategory.COUNCIL, communityOf(f.councilId), null,
                prefix + shorten(r.text), CouncilNotices.followUpNotice(f.responsible, body), "follow_up", f.id,
                "/follow-ups/" + f.id, null));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(List.of(new FieldError("text", message)));
        }
    }

    static long communityOf(long councilId) {
        Council council = Council.findById(councilId);
        return council.communityId;
    }
}
