package cn.shangliang.proposal;

import java.time.Clock;

import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.rules.RuleViolation.Kind;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * How meetings move proposals: onto an agenda (SCHEDULED), off it again (back to ACCEPTED) and, once voted on,
 * DECIDED. Called inside the meeting's transaction, which has already checked who may do it.
 */
@ApplicationScoped
public class ProposalAgenda {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Locks and returns an accepted proposal of the community, ready to go on an agenda. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Proposal schedule(long proposalId, long communityId, String meetingTitle) {
        Proposal p = ProposalService.locked(proposalId);
        if (!p.communityId.equals(communityId)) {
            throw DomainException.conflict("proposal.schedule.other-community");
        }
        Refusal.throwIf(ProposalWorkflow.check(p.status, ProposalStatus.SCHEDULED, null), Kind.CONFLICT);
        move(p, ProposalStatus.SCHEDULED, ProposalNotices.scheduled(meetingTitle));
        return p;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unschedule(long proposalId, String why) {
        Proposal p = ProposalService.locked(proposalId);
        if (p.status == ProposalStatus.SCHEDULED) {
            move(p, ProposalStatus.ACCEPTED, why);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(long proposalId, String resolution) {
        Proposal p = ProposalService.locked(proposalId);
        Refusal.throwIf(ProposalWorkflow.check(p.status, ProposalStatus.DECIDED, null), Kind.CONFLICT);
        move(p, ProposalStatus.DECIDED, resolution);
    }

    private void move(Proposal p, ProposalStatus to, String note) {
        p.status = to;
        p.recordStepForProposer(clock.instant(), currentUser.auditName(), note);
    }
}
