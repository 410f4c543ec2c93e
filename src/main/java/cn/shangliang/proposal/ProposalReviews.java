package cn.shangliang.proposal;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.security.Actor;
import cn.shangliang.community.CommunityActors;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notice.NoticeBoard;
import cn.shangliang.notice.NoticeCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * The review of a proposal by staff or the chair: accept it for a meeting (deep track), answer it directly
 * (fast track), merge it into another, transfer it, or reject it. The proposer is told on their home page
 * and sees the reason on the proposal's page; answers, transfers and rejections also go on the public board.
 */
@ApplicationScoped
public class ProposalReviews {

    private static final Set<ProposalStatus> OUTCOMES = Set.of(ProposalStatus.ACCEPTED, ProposalStatus.MERGED,
            ProposalStatus.ANSWERED, ProposalStatus.TRANSFERRED, ProposalStatus.REJECTED);

    @Inject
    Notifications notifications;

    @Inject
    CommunityActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    NoticeBoard board;

    @Inject
    Clock clock;

    /**
     * @param text      the reason (REJECTED), the answer (ANSWERED), the where and why (TRANSFERRED), or a note
     * @param mergeInto the proposal to merge into (MERGED)
     * @param link      where the transferred matter continues, e.g. the owners' assembly decision (TRANSFERRED)
     */
    public record ReviewForm(@NotNull(message = "field.proposal.decision") ProposalStatus outcome, String text,
                             Long mergeInto, TransferTarget transferTarget,
                             @Size(max = 300, message = "field.proposal.link")
                             @Pattern(regexp = "\\s*|\\s*(/(?!/)|https?://).*", message = "field.proposal.link") String link) {
    }

    @Transactional
    public void review(long id, @Valid @NotNull ReviewForm form) {
        if (!OUTCOMES.contains(form.outcome())) {
            throw DomainException.invalid(List.of(new FieldError("outcome", "field.proposal.decision")));
        }
        Proposal target = lockTargetFirst(id, form);
        Proposal p = ProposalService.locked(id);
        Actor actor = actors.actor(p.communityId);
        Refusal.throwIf(ProposalPermissions.checkReview(actor, p.proposerId), Kind.FORBIDDEN);
        Refusal.throwIf(ProposalWorkflow.TRANSITIONS.check(p.status, form.outcome()), Kind.CONFLICT);
        Refusal.throwIf(ProposalWorkflow.check(p.status, form.outcome(), form.text()), Kind.INVALID);
        String note = ProposalService.blankToNull(form.text());
        switch (form.outcome()) {
            case MERGED -> merge(p, target);
            case TRANSFERRED -> transfer(p, form);
            case ANSWERED -> p.track = Track.FAST;
            case ACCEPTED -> p.track = Track.DEEP;
            default -> { }
        }
        p.status = form.outcome();
        p.outcome = note;
        p.recordStepForProposer(clock.instant(), currentUser.auditName(), ProposalNotices.describe(p, note));
        notifications.toAccounts(NotificationKind.PROPOSAL_UPDATE, followers(p), "proposal", p.id, p.communityId,
                "/proposals/" + p.id, p.title, "label:ProposalStatus." + p.status.name());
        audit.record(currentUser.auditName(), "proposal.review." + form.outcome().name().toLowerCase(), "proposal",
                p.id, ProposalNotices.reviewed(p, note));
        if (form.outcome() != ProposalStatus.ACCEPTED && form.outcome() != ProposalStatus.MERGED) {
            board.publish(new NoticeBoard.Draft(NoticeCategory.PROPOSAL, p.communityId, null,
                    ProposalNotices.reviewedTitle(p), ProposalNotices.describe(p, note), "proposal", p.id,
                    "/proposals/" + p.id, null), currentUser.auditName());
        }
    }

    /**
     * An official reply by someone who may review the proposal, once it has a review outcome with a text
     * (ProposalWorkflow.takesOfficialReply), becomes that text: the status stays (only a review changes it), the
     * history and the audit log say who replaced it with which comment. Other official replies stay comments
     * (docs/rules/discussion.md, "Official replies"). Runs in the comment's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromOfficialReply(long id, long commentId, String body) {
        Proposal p = ProposalService.locked(id);
        Actor actor = actors.actor(p.communityId);
        if (!ProposalWorkflow.takesOfficialReply(p.status) || !ProposalPermissions.checkReview(actor, p.proposerId).isEmpty()) {
            return;
        }
        p.outcome = body;
        p.recordStepForProposer(clock.instant(), currentUser.auditName(),
                ProposalNotices.officialReply(p, commentId, body));
        audit.record(currentUser.auditName(), "proposal.outcome.official-reply", "proposal", p.id,
                p.title + " comment#" + commentId);
    }

    /** The proposer and the co-signers: who hears of a proposal's progress. */
    static List<Long> followers(Proposal p) {
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(p.proposerId);
        CoSignature.<CoSignature>list("proposalId", p.id).forEach(c -> ids.add(c.accountId));
        return ids;
    }

    /** Locks in id order (the target before or after the proposal), so two crossing merges cannot deadlock. */
    private Proposal lockTargetFirst(long id, ReviewForm form) {
        if (form.outcome() != ProposalStatus.MERGED) {
            return null;
        }
        if (form.mergeInto() == null) {
            throw DomainException.invalid(List.of(new FieldError("mergeInto", "field.proposal.merge-target")));
        }
        if (form.mergeInto() < id) {
            return lockedTarget(form.mergeInto());
        }
        ProposalService.locked(id);
        return form.mergeInto() == id ? Proposal.findById(id) : lockedTarget(form.mergeInto());
    }

    private static Proposal lockedTarget(long targetId) {
        Proposal target = Proposal.findById(targetId, LockModeType.PESSIMISTIC_WRITE);
        if (target == null) {
            throw DomainException.invalid(List.of(FieldError.of("mergeInto", "field.proposal.unknown", targetId)));
        }
        return target;
    }

    private void merge(Proposal p, Proposal target) {
        List<RuleViolation> violations = ProposalWorkflow.checkMerge(p.id, p.status, target.id, target.status);
        Refusal.throwIf(violations, Kind.CONFLICT);
        if (!target.communityId.equals(p.communityId)) {
            throw DomainException.conflict("proposal.merge.other-community");
        }
        p.mergedIntoId = target.id;
        target.recordStep(clock.instant(), currentUser.auditName(), ProposalNotices.mergedInto(p));
    }

    private static void transfer(Proposal p, ReviewForm form) {
        if (form.transferTarget() == null) {
            throw DomainException.invalid(List.of(new FieldError("transferTarget", "field.proposal.transfer")));
        }
        p.transferTarget = form.transferTarget();
        p.transferLink = ProposalService.blankToNull(form.link());
    }

}
