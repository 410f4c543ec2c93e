package cn.shangliang.common.audit;

import cn.shangliang.common.db.RetryOnConflict;
import cn.shangliang.common.lease.JobLease;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import cn.shangliang.common.db.Outage;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Seals committed entries into the hash chain in small batches, in id order. The chain head row is locked for
 * the batch, so even two sealers (say, during a lease hand-over) cannot fork the chain.
 */
@ApplicationScoped
public class AuditSealer {

    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    JobLease lease;

    @Inject
    AuditChainKey key;

    @Scheduled(every = "${shangliang.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealOnSchedule() {
        outage.run(() -> {
            if (lease.tryAcquire("audit-seal")) {
                while (sealPending() == BATCH) {
                    // keep going until the backlog is gone
                }
            }
        });
    }

    private final Outage outage = new Outage("audit sealer", AuditSealer.class);

    /** Seals up to one batch of pending entries; returns how many it sealed. */
    @RetryOnConflict
    @Transactional
    public int sealPending() {
        AuditChainHead head = em.find(AuditChainHead.class, (byte) 1, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEntry> pending = AuditEntry.find("seq is null order by id").page(0, BATCH).list();
        for (AuditEntry entry : pending) {
            head.lastSeq++;
            entry.seq = head.lastSeq;
            entry.prevHash = head.lastHash;
            entry.hash = AuditHash.of(key, head.keyedFromSeq, entry.prevHash, entry.seq, entry);
            head.lastHash = entry.hash;
        }
        return pending.size();
    }
}
