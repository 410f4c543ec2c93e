package cn.shangliang.proposal;

import java.time.Clock;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The home page: a proposer is told when their proposal moved on; staff and chairs see proposals waiting for
 * review (flagged when the 48-hour fast-track clock has run out) and accepted proposals waiting for an agenda
 * (flagged when the deep track's start deadline has passed).
 */
@ApplicationScoped
public class ProposalAttention implements AttentionSource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProposalConfig config;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        if (currentUser.accountId().isEmpty()) {
            return List.of();
        }
        ProposalMessages msg = ui.bundle(ProposalMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        for (Proposal p : Proposal.<Proposal>list("proposerId = ?1 and proposerUnread = true order by updatedAt desc",
                currentUser.accountId().get())) {
            items.add(new AttentionItem(msg.attention_update(p.title, msg.status(p.status)), "/proposals/" + p.id, false));
        }
        Set<Long> communities = currentUser.communitiesWhere(Role.COMMUNITY_STAFF, Role.COUNCIL_CHAIR);
        if (!communities.isEmpty()) {
            FastTrack track = config.fastTrack();
            for (Proposal p : Proposal.<Proposal>list("communityId in ?1 and status = ?2 order by receivedAt",
                    communities, ProposalStatus.UNDER_REVIEW)) {
                items.add(new AttentionItem(msg.attention_review(p.title), "/proposals/" + p.id,
                        track.answerOverdue(p.receivedAt, clock.instant())));
            }
            for (Proposal p : Proposal.<Proposal>list("communityId in ?1 and status = ?2 order by receivedAt",
                    communities, ProposalStatus.ACCEPTED)) {
                LocalDate received = p.receivedAt.atZone(TemplateExtensions.ZONE).toLocalDate();
                items.add(new AttentionItem(msg.attention_schedule(p.title, track.deepStartDeadline(received).toString()),
                        "/proposals/" + p.id, track.deepStartOverdue(received, LocalDate.now(clock))));
            }
        }
        return items;
    }
}
