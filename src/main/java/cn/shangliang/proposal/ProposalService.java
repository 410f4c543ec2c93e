package cn.shangliang.proposal;

import cn.shangliang.common.db.RetryOnConflict;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Community;
import cn.shangliang.common.security.Actor;
import cn.shangliang.community.CommunityActors;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Submitting, co-signing, bringing to review and withdrawing proposals. Co-signing locks the proposal row:
 * the count and the threshold check happen one request at a time, so parallel co-signs count exactly and
 * the proposal enters review exactly once.
 */
@ApplicationScoped
public class ProposalService {

    @Inject
    Notifications notifications;

    @Inject
    CommunityActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ProposalConfig config;

    @Inject
    Clock clock;

    /** A new proposal, as the page form and the JSON API send it; messages are codes of the errors bundle. */
    public record SubmitForm(@NotNull(message = "proposal.submit.community") Long communityId,
                             @NotBlank(message = "proposal.submit.title") @Size(max = 200, message = "proposal.submit.title")
                             String title,
                             @NotBlank(message = "proposal.submit.description") String description,
                             @NotNull(message = "proposal.submit.category") ProposalCategory category,
                             @Size(max = 200, message = "proposal.submit.place") String place,
                             String attachments) {
    }

    @Transactional
    public long submit(@Valid @NotNull SubmitForm form) {
        if (Community.findById(form.communityId()) == null) {
            throw DomainException.notFound("not-found.community");
        }
        Actor actor = actors.actor(form.communityId());
        if (actor.userId() < 0 || !ProposalPermissions.allows(actor, ProposalAction.SUBMIT)) {
            throw DomainException.forbidden("forbidden.proposal.submit");
        }
        Proposal p = new Proposal();
        p.communityId = form.communityId();
        p.proposerId = actor.userId();
        p.proposerName = currentUser.displayName();
        p.title = form.title().strip();
        p.description = form.description().strip();
        p.category = form.category();
        p.place = blankToNull(form.place());
        p.attachments = blankToNull(form.attachments());
        p.status = ProposalStatus.SUBMITTED;
        p.createdAt = clock.instant();
        p.updatedAt = p.createdAt;
        p.persist();
        ProposalEvent.record(p, clock.instant(), currentUser.auditName(), null);
        audit.record(currentUser.auditName(), "proposal.submit", "proposal", p.id, p.title);
        return p.id;
    }

    /** @return the number of co-signatures after this one */
    @RetryOnConflict
    @Transactional
    public int cosign(long id) {
        Proposal p = locked(id);
        Actor actor = actors.actor(p.communityId);
        List<RuleViolation> violations = ProposalPermissions.checkCosign(actor, p.proposerId, p.status,
                actor.userId() > 0 && CoSignature.exists(p.id, actor.userId()));
        boolean notAllowed = violations.stream().anyMatch(v -> v.code().equals("proposal.cosign.not-resident")
                || v.code().equals("proposal.cosign.own-proposal"));
        Refusal.throwIf(violations, notAllowed ? Kind.FORBIDDEN : Kind.CONFLICT);
        if (actor.userId() < 0) {
            throw DomainException.forbidden("forbidden.proposal.cosign-account");
        }
        CoSignature c = new CoSignature();
        c.proposalId = p.id;
        c.accountId = actor.userId();
        c.createdAt = clock.instant();
        c.persist();
        p.cosignCount++;
        p.updatedAt = clock.instant();
        audit.record(currentUser.auditName(), "proposal.cosign", "proposal", p.id, ProposalNotices.cosigned(p.cosignCount));
        if (config.workflow().reachesReview(p.cosignCount)) {
            notifications.toAccounts(NotificationKind.PROPOSAL_UPDATE, ProposalReviews.followers(p), "proposal", p.id, p.communityId,
                    "/proposals/" + p.id, p.title, "event:proposal.threshold");
            enterReview(p, "system", ProposalNotices.thresholdReached(config.cosignThreshold()));
        }
        return p.cosignCount;
    }

    /**
     * The resident takes their co-sign back while the proposal still collects co-signs. Locks the proposal
     * row like {@link #cosign}, so the count stays exact when co-signs and withdrawals cross.
     *
     * @return the number of co-signatures after this withdrawal
     */
    @RetryOnConflict
    @Transactional
    public int withdrawCosign(long id) {
        Proposal p = locked(id);
        long account = currentUser.accountId().orElseThrow(() -> DomainException.forbidden("forbidden.proposal.cosign-account"));
        CoSignature c = CoSignature.find("proposalId = ?1 and accountId = ?2", p.id, account).firstResult();
        Refusal.throwIf(ProposalPermissions.checkWithdrawCosign(p.status, c != null), Kind.CONFLICT);
        c.delete();
        p.cosignCount--;
        p.updatedAt = clock.instant();
        audit.record(currentUser.auditName(), "proposal.cosign-withdraw", "proposal", p.id, ProposalNotices.cosignWithdrawn(p.cosignCount));
        return p.cosignCount;
    }

    /** Staff or the chair bring a proposal to review before the co-sign threshold. */
    @Transactional
    public void bringToReview(long id) {
        Proposal p = locked(id);
        Actor actor = actors.actor(p.communityId);
        Refusal.throwIf(ProposalPermissions.checkReview(actor, p.proposerId), Kind.FORBIDDEN);
        Refusal.throwIf(ProposalWorkflow.check(p.status, ProposalStatus.UNDER_REVIEW, null), Kind.CONFLICT);
        enterReview(p, currentUser.auditName(), ProposalNotices.BROUGHT_TO_REVIEW);
    }

    @Transactional
    public void withdraw(long id) {
        Proposal p = locked(id);
        Actor actor = actors.actor(p.communityId);
        List<RuleViolation> violations = ProposalPermissions.checkWithdraw(actor, p.proposerId, p.status);
        boolean notProposer = violations.stream().anyMatch(v -> v.code().equals("proposal.withdraw.not-proposer"));
        Refusal.throwIf(violations, notProposer ? Kind.FORBIDDEN : Kind.CONFLICT);
        p.status = ProposalStatus.WITHDRAWN;
        p.recordStep(clock.instant(), currentUser.auditName(), null);
        audit.record(currentUser.auditName(), "proposal.withdraw", "proposal", p.id, p.title);
    }

    private void enterReview(Proposal p, String actor, String note) {
        p.status = ProposalStatus.UNDER_REVIEW;
        p.receivedAt = clock.instant();
        p.recordStepForProposer(p.receivedAt, actor, note);
        audit.record(actor.equals("system") ? currentUser.auditName() : actor, "proposal.review.start", "proposal", p.id, note);
    }

    static Proposal locked(long id) {
        Proposal p = Proposal.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw DomainException.notFound("not-found.proposal");
        }
        return p;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
