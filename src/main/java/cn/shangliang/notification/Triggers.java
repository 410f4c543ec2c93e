package cn.shangliang.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Once-only timed events: the event's key is inserted into notification_trigger in the transaction that queues
 * its notifications, so neither a second run nor a second instance queues them again.
 */
@ApplicationScoped
public class Triggers {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Inserts the key; false when it was already there (fired before, here or on another instance). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean once(String key) {
        return em.createNativeQuery("INSERT IGNORE INTO notification_trigger (event_key, fired_at) VALUES (?1, ?2)")
                .setParameter(1, key).setParameter(2, clock.instant()).executeUpdate() == 1;
    }
}
