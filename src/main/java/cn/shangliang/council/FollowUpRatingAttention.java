package cn.shangliang.council;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The proposer's home page asks them to rate the follow-up of their proposal once its report is published
 * (reported or closed), and keeps asking until they have rated the latest report: a new report after a reopen
 * asks again. One query for the whole list.
 */
@ApplicationScoped
public class FollowUpRatingAttention implements AttentionSource {

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    @Inject
    Ui ui;

    record Unrated(long followUpId, String proposalTitle) {
    }

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        if (currentUser.accountId().isEmpty()) {
            return List.of();
        }
        CouncilMessages msg = ui.bundle(CouncilMessages.class);
        return unrated(currentUser.accountId().get()).stream()
                .map(u -> new AttentionItem(msg.attention_rate_follow_up(u.proposalTitle()), "/follow-ups/" + u.followUpId() + "#rate", false))
                .toList();
    }

    List<Unrated> unrated(long accountId) {
        return em.createQuery("select new " + Unrated.class.getName() + "(f.id, p.title)"
                        + " from FollowUp f, Resolution r, AgendaItem a, Proposal p"
                        + " where r.id = f.resolutionId and a.id = r.agendaItemId and p.id = a.proposalId"
                        + " and p.proposerId = :me and f.status in :reported"
                        + " and not exists (select 1 from FollowUpRatingEntry e where e.followUpId = f.id"
                        + " and e.reportNo = f.reportCount and e.accountId = :me)"
                        + " order by f.id", Unrated.class)
                .setParameter("me", accountId)
                .setParameter("reported", List.of(FollowUpStatus.REPORTED, FollowUpStatus.CLOSED))
                .setMaxResults(20)
                .getResultList();
    }
}
