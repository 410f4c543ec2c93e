package cn.shangliang.hearing;

import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.TimedNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * "Registration closing soon": {@code hearing-closing-days} before a hearing's last registration day, the residents
 * of its community who may register (a resident record linked to their account) and have not applied hear it once.
 * A {@link TimedNotice} job under its own lease (one instance runs it); the once-only trigger is inserted in the
 * transaction that queues the messages, so neither a second run nor a second instance queues them again.
 */
@ApplicationScoped
public class RegistrationClosingNotices extends TimedNotice {

    RegistrationClosingNotices() {
        super("hearing-registration-closing");
    }

    /** Hearings taking registrations whose last day is within the configured days (and not yet past). */
    @Override
    @Transactional
    protected List<Long> dueIds() {
        LocalDate today = LocalDate.now(clock);
        return Hearing.<Hearing>list("status = ?1 and registrationCloses >= ?2 and registrationCloses <= ?3",
                HearingStatus.REGISTRATION_OPEN, today, today.plusDays(config.hearingClosingDays()))
                .stream().map(h -> h.id).toList();
    }

    @Override
    @Transactional
    protected int fire(long hearingId) {
        Hearing h = Hearing.findById(hearingId);
        if (h == null || h.status != HearingStatus.REGISTRATION_OPEN || !triggers.once("hearing-closing:" + h.id)) {
            return 0;
        }
        List<Long> accounts = notYetRegistered(h);
        notifications.toAccounts(NotificationKind.HEARING_REGISTRATION, accounts, "hearing", h.id, h.communityId,
                "/hearings/" + h.id, h.title, "event:hearing.closing");
        return accounts.size();
    }

    /** Accounts linked to a resident record of the community with no application to this hearing. */
    List<Long> notYetRegistered(Hearing h) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT r.account_id FROM resident r WHERE r.community_id = ?1 "
                        + "AND r.account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM hearing_application a "
                        + "WHERE a.hearing_id = ?2 AND a.account_id = r.account_id) ORDER BY r.account_id")
                .setParameter(1, h.communityId).setParameter(2, h.id).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
