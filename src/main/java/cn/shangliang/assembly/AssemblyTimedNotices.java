package cn.shangliang.assembly;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.TimedNotice;
import cn.shangliang.notification.RecipientType;
import cn.shangliang.common.web.TemplateExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The assembly messages that come from time passing, not from an action: "voting open" to every owner when the
 * window opens, and "closing soon" to the owners with nothing on record {@code reminder-days} before it closes.
 * The reminder is chosen from who has a ballot, a paper entry or a proxy ballot, never from what they chose,
 * and says nothing of anyone's choice. Each fires once per decision: its key goes into notification_trigger in
 * the transaction that queues it, under the job lease.
 */
@ApplicationScoped
public class AssemblyTimedNotices extends TimedNotice {

    static final String SUBJECT = "assembly-decision";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TemplateExtensions.ZONE);

    AssemblyTimedNotices() {
        super("notification-timed");
    }

    @Override
    @Transactional
    protected List<Long> dueIds() {
        Instant now = clock.instant();
        return Decision.<Decision>list("status = ?1 and opensAt <= ?2 and closesAt > ?2", DecisionStatus.PUBLISHED, now)
                .stream().map(d -> d.id).toList();
    }

    @Override
    @Transactional
    protected int fire(long decisionId) {
        Decision d = Decision.findById(decisionId);
        Instant now = clock.instant();
        int queued = 0;
        if (triggers.once("assembly-open:" + d.id)) {
            queued += notifications.notifyOwnersOfEstate(draft(NotificationKind.ASSEMBLY_OPEN, d), d.estateId);
        }
        boolean reminderDue = !now.isBefore(d.closesAt.minus(Duration.ofDays(config.reminderDays())));
        if (reminderDue && triggers.once("assembly-reminder:" + d.id)) {
            queued += notifications.notifyOwnerIds(draft(NotificationKind.ASSEMBLY_REMINDER, d), ownersWithNothingOnRecord(d.id));
        }
        return queued;
    }

    private Notifications.Draft draft(NotificationKind kind, Decision d) {
        return new Notifications.Draft(kind, RecipientType.OWNER, 0, SUBJECT, d.id, d.communityId,
                "/assembly/" + d.id + "/vote", List.of(d.title, TIME.format(d.closesAt)));
    }

    /** Owners behind the snapshot's voters who have no ballot, no live paper entry and no proxy ballot. */
    Set<Long> ownersWithNothingOnRecord(long decisionId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT v.owner_ids FROM assembly_roster_voter v WHERE v.decision_id = ?1 "
                        + "AND NOT EXISTS (SELECT 1 FROM assembly_ballot b WHERE b.decision_id = ?1 AND b.voter_key = v.voter_key) "
                        + "AND NOT EXISTS (SELECT 1 FROM assembly_paper_entry p WHERE p.decision_id = ?1 "
                        + "AND p.voter_key = v.voter_key AND p.voided_at IS NULL) "
                        + "AND NOT EXISTS (SELECT 1 FROM assembly_proxy_ballot pb JOIN assembly_proxy_mandate m "
                        + "ON m.id = pb.mandate_id WHERE pb.decision_id = ?1 AND m.voter_key = v.voter_key)")
                .setParameter(1, decisionId).getResultList();
        Set<Long> owners = new HashSet<>();
        for (String ids : rows) {
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    owners.add(Long.parseLong(id.strip()));
                }
            }
        }
        return owners;
    }
}
