package cn.shangliang.council;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The home page for staff and chairs: the cadence watch of their council (next monthly and consultation
 * meetings, flagged when overdue) and overdue follow-ups; for members, meetings whose agenda is published.
 */
@ApplicationScoped
public class CouncilAttention implements AttentionSource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CouncilViews councils;

    @Inject
    FollowUpViews followUps;

    @Inject
    Ui ui;

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        if (currentUser.accountId().isEmpty()) {
            return List.of();
        }
        CouncilMessages msg = ui.bundle(CouncilMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        for (long communityId : currentUser.communitiesWhere(Role.COMMUNITY_STAFF, Role.COUNCIL_CHAIR)) {
            Council.ofCommunity(communityId).ifPresent(council -> {
                CouncilViews.CadenceView c = councils.cadence(council);
                items.add(new AttentionItem(msg.attention_cadence(council.name, c.monthlyDue().toString(),
                        c.consultationDue().toString()), "/councils/" + council.id, c.overdue()));
                for (FollowUp f : followUps.overdue(council.id)) {
                    items.add(new AttentionItem(msg.attention_follow_up_overdue(f.responsible, f.dueDate.toString()),
                            "/follow-ups/" + f.id, true));
                }
            });
        }
        for (long communityId : currentUser.communitiesWhere(Role.COUNCIL_MEMBER, Role.COUNCIL_CHAIR)) {
            Council.ofCommunity(communityId).ifPresent(council -> Meeting.<Meeting>list(
                    "councilId = ?1 and status in ?2 order by meetingDate", council.id,
                    List.of(MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.IN_PROGRESS)).forEach(m ->
                    items.add(new AttentionItem(msg.attention_meeting(m.title, m.meetingDate.toString()),
                            "/meetings/" + m.id, false))));
        }
        return items;
    }
}
