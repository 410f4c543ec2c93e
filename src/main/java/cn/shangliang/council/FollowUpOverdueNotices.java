package cn.shangliang.council;

import cn.shangliang.common.lease.JobLease;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.Triggers;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The council chair hears once when a follow-up of a resolution passes its due date without being closed or
 * reported (the timed job's lease and the once-only trigger keep it to one message per follow-up).
 */
@ApplicationScoped
public class FollowUpOverdueNotices {

    static final String LEASE = "notification-follow-up";

    @Inject
    JobLease lease;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    Triggers triggers;

    @Scheduled(every = "${shangliang.notification.timed-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        if (lease.tryAcquire(LEASE)) {
            runOnce();
        }
    }

    /** One pass; returns how many follow-ups were newly reported overdue. */
    @Transactional
    public int runOnce() {
        int reported = 0;
        LocalDate today = LocalDate.now(clock);
        for (FollowUp f : FollowUp.<FollowUp>list("dueDate < ?1 and status in ?2", today,
                List.of(FollowUpStatus.ASSIGNED, FollowUpStatus.IN_PROGRESS))) {
            if (!triggers.once("follow-up-overdue:" + f.id)) {
                continue;
            }
            Council council = Council.findById(f.councilId);
            List<Long> chairs = CouncilMember.currentChair(f.councilId).map(m -> m.accountId).stream().toList();
            notifications.toAccounts(NotificationKind.COUNCIL_FOLLOW_UP_OVERDUE, chairs, "follow-up", f.id,
                    council == null ? null : council.communityId, "/follow-ups/" + f.id, title(f), String.valueOf(f.dueDate));
            reported++;
        }
        return reported;
    }

    private static String title(FollowUp f) {
        Resolution r = Resolution.findById(f.resolutionId);
        AgendaItem item = r == null ? null : AgendaItem.findById(r.agendaItemId);
        return item == null ? "#" + f.id : item.title;
    }
}
