package cn.shangliang.council;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.TimedNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The council chair hears once when a follow-up of a resolution passes its due date without being closed or
 * reported. A {@link TimedNotice} job under its own lease (one instance runs it); the once-only trigger is inserted
 * in the transaction that queues the message, so neither a second run nor a second instance reports it again.
 */
@ApplicationScoped
public class FollowUpOverdueNotices extends TimedNotice {

    private static final List<FollowUpStatus> OPEN = List.of(FollowUpStatus.ASSIGNED, FollowUpStatus.IN_PROGRESS);

    FollowUpOverdueNotices() {
        super("notification-follow-up");
    }

    /** Follow-ups still open whose due date has passed. */
    @Override
    @Transactional
    protected List<Long> dueIds() {
        return FollowUp.<FollowUp>list("dueDate < ?1 and status in ?2", LocalDate.now(clock), OPEN)
                .stream().map(f -> f.id).toList();
    }

    @Override
    @Transactional
    protected int fire(long followUpId) {
        FollowUp f = FollowUp.findById(followUpId);
        if (f == null || !OPEN.contains(f.status) || !triggers.once("follow-up-overdue:" + f.id)) {
            return 0;
        }
        Council council = Council.findById(f.councilId);
        List<Long> chairs = CouncilMember.currentChair(f.councilId).map(m -> m.accountId).stream().toList();
        notifications.toAccounts(NotificationKind.COUNCIL_FOLLOW_UP_OVERDUE, chairs, "follow-up", f.id,
                council == null ? null : council.communityId, "/follow-ups/" + f.id, title(f), String.valueOf(f.dueDate));
        return chairs.size();
    }

    private static String title(FollowUp f) {
        Resolution r = Resolution.findById(f.resolutionId);
        AgendaItem item = r == null ? null : AgendaItem.findById(r.agendaItemId);
        return item == null ? "#" + f.id : item.title;
    }
}
