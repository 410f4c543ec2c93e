package cn.shangliang.proposal;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.notification.NotificationMessages;
import cn.shangliang.notification.OpenForYou;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Others' proposals gathering co-signatures that the account has not co-signed yet, newest first. */
@ApplicationScoped
public class ProposalOpenForYou implements OpenForYou {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<AttentionItem> openFor(long accountId, Set<Long> communities, NotificationMessages msg) {
        List<AttentionItem> items = new ArrayList<>();
        for (Proposal p : Proposal.<Proposal>find("communityId in ?1 and status = ?2 and proposerId <> ?3 order by id desc",
                communities, ProposalStatus.SUBMITTED, accountId).page(0, LIMIT).list()) {
            if (CoSignature.count("proposalId = ?1 and accountId = ?2", p.id, accountId) == 0) {
                items.add(new AttentionItem(msg.open_cosign(p.title), "/proposals/" + p.id, false));
            }
        }
        return items;
    }
}
