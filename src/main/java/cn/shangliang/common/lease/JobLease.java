package cn.shangliang.common.lease;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.db.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.UUID;

/**
 * A database lease per scheduled job, so that exactly one of several instances runs it. A holder renews its
 * lease each time it runs; when it dies, another instance takes over once the lease expires.
 */
@ApplicationScoped
public class JobLease {

    @Inject
    LeaseConfig settings;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Inject
    EntityManager em;

    @RetryOnConflict
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String job) {
        // Real time, not the app clock: leases are compared across instances, whatever time a demo runs at.
        Instant now = Instant.now(Clocks.REAL);
        em.createNativeQuery("INSERT IGNORE INTO job_lease (name, holder, expires_at) VALUES (?1, NULL, ?2)")
                .setParameter(1, job).setParameter(2, now).executeUpdate();
        int updated = em.createNativeQuery("UPDATE job_lease SET holder = ?1, expires_at = ?2 "
                        + "WHERE name = ?3 AND (holder = ?1 OR holder IS NULL OR expires_at < ?4)")
                .setParameter(1, holder).setParameter(2, now.plus(settings.duration()))
                .setParameter(3, job).setParameter(4, now).executeUpdate();
        return updated == 1;
    }

    public String holder() {
        return holder;
    }
}
