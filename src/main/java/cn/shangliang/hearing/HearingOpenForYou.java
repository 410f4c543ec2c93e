package cn.shangliang.hearing;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.notification.NotificationMessages;
import cn.shangliang.notification.OpenForYou;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hearings of the account's communities taking registrations it has not registered for, closing soonest first. */
@ApplicationScoped
public class HearingOpenForYou implements OpenForYou {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<AttentionItem> openFor(long accountId, Set<Long> communities, NotificationMessages msg) {
        List<AttentionItem> items = new ArrayList<>();
        for (Hearing h : Hearing.<Hearing>find("communityId in ?1 and status = ?2 order by registrationCloses",
                communities, HearingStatus.REGISTRATION_OPEN).page(0, LIMIT).list()) {
            if (HearingApplication.count("hearingId = ?1 and accountId = ?2", h.id, accountId) == 0) {
                items.add(new AttentionItem(msg.open_hearing(h.title, h.registrationCloses.toString()),
                        "/hearings/" + h.id, false));
            }
        }
        return items;
    }
}
