package cn.shangliang.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.ItemSource;
import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Proposals as items for discussion and attachments: public; discussed until withdrawn; its proposer and co-signers follow it. */
@ApplicationScoped
public class ProposalItems implements ItemSource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProposalReviews reviews;

    @Override
    public ItemKind kind() {
        return ItemKind.PROPOSAL;
    }

    @Override
    public Optional<Item> find(long id) {
        return Proposal.<Proposal>findByIdOptional(id).map(p -> {
            List<Long> followers = new ArrayList<>();
            followers.add(p.proposerId);
            CoSignature.<CoSignature>list("proposalId", p.id).forEach(c -> followers.add(c.accountId));
            return new Item(ItemKind.PROPOSAL, p.id, p.communityId, p.title, "/proposals/" + p.id, followers);
        });
    }

    @Override
    public List<RuleViolation> commentsClosed(long id) {
        Proposal p = Proposal.findById(id);
        return p != null && p.status == ProposalStatus.WITHDRAWN
                ? List.of(RuleViolation.conflict("comment.closed", p.status)) : List.of();
    }

    /** The newest official reply of a reviewer becomes the text of a review outcome (ProposalReviews). */
    @Override
    public void officialReply(long id, long commentId, String body) {
        reviews.fromOfficialReply(id, commentId, body);
    }

    /** The proposer while it is being co-signed or reviewed; staff of its community at any time. */
    @Override
    public boolean mayAttach(long id) {
        Proposal p = Proposal.findById(id);
        if (p == null || !currentUser.authenticated()) {
            return false;
        }
        Community community = Community.findById(p.communityId);
        boolean own = currentUser.accountId().map(a -> a.equals(p.proposerId)).orElse(false)
                && (p.status == ProposalStatus.SUBMITTED || p.status == ProposalStatus.UNDER_REVIEW);
        return own || currentUser.hasRole(Role.COMMUNITY_STAFF, community.scope());
    }
}
