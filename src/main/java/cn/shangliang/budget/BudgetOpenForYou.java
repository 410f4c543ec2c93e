package cn.shangliang.budget;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.notification.NotificationMessages;
import cn.shangliang.notification.OpenForYou;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Budget cycles of the account's communities still taking proposals, newest first. */
@ApplicationScoped
public class BudgetOpenForYou implements OpenForYou {

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<AttentionItem> openFor(long accountId, Set<Long> communities, NotificationMessages msg) {
        List<AttentionItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (BudgetCycle c : BudgetCycle.<BudgetCycle>find("communityId in ?1 and status = ?2 order by id desc",
                communities, CycleStatus.PROPOSING).page(0, LIMIT).list()) {
            if (c.proposalsCloseOn == null || !today.isAfter(c.proposalsCloseOn)) {
                items.add(new AttentionItem(msg.open_budget(c.title, String.valueOf(c.proposalsCloseOn)),
                        "/budget/cycles/" + c.id, false));
            }
        }
        return items;
    }
}
