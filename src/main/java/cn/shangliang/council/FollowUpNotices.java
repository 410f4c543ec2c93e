package cn.shangliang.council;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.proposal.ProposalQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Tells those who asked for a matter how its follow-up goes: each progress note and each report reaches the
 * proposer and the co-signers of the proposal behind the resolution, and a report also asks the proposer to rate
 * it (the rating form on the follow-up page). A resolution that did not come from a proposal has nobody to tell.
 * Queued in the caller's transaction (the outbox), so a refused or rolled-back step tells nobody.
 */
@ApplicationScoped
class FollowUpNotices {

    @Inject
    Notifications notifications;

    @Inject
    ProposalQueries proposals;

    @Transactional(Transactional.TxType.MANDATORY)
    void progress(FollowUp f) {
        tell(f, "event:proposal.follow-up");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reported(FollowUp f) {
        ProposalQueries.Followers who = tell(f, "event:proposal.report");
        if (who != null) {
            notifications.toAccounts(NotificationKind.PROPOSAL_RATING, List.of(who.proposerId()), "follow-up", f.id,
                    who.communityId(), "/follow-ups/" + f.id + "#rate", who.title());
        }
    }

    private ProposalQueries.Followers tell(FollowUp f, String event) {
        Long proposalId = FollowUpService.proposalOf(f);
        ProposalQueries.Followers who = proposalId == null ? null : proposals.followers(proposalId);
        if (who != null) {
            notifications.toAccounts(NotificationKind.PROPOSAL_UPDATE, who.accounts(), "follow-up", f.id,
                    who.communityId(), "/follow-ups/" + f.id, who.title(), event);
        }
        return who;
    }
}
