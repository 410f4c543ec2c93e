package cn.shangliang.assembly;

import cn.shangliang.common.lease.JobLease;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Seals with the current key every stored choice that isn't yet: values written before sealing (plain), sealed
 * before keys had ids, or sealed with a retired key after a rotation (docs/operations.md). Idempotent (a value
 * already current is skipped), and safe on two instances and beside live voting: each row is replaced only if it
 * still holds the value read ({@code WHERE id = ? AND col = ?}), so a ballot changed meanwhile is never overwritten
 * with its older choice, and a row the other instance re-sealed first is left alone.
 */
@ApplicationScoped
public class ChoiceResealer {

    private static final Logger LOG = Logger.getLogger(ChoiceResealer.class);
    private static final int BATCH = 500;

    /** Every column that stores a choice, by table. */
    static final List<String[]> COLUMNS = List.of(
            new String[]{"assembly_ballot", "choice"},
            new String[]{"assembly_ballot_history", "choice"},
            new String[]{"assembly_proxy_ballot", "choice"},
            new String[]{"assembly_paper_entry", "choice"},
            new String[]{"assembly_proxy_mandate", "instruction"});

    @Inject
    EntityManager em;

    @Inject
    ChoiceSeal seal;

    @Inject
    JobLease lease;

    @Scheduled(every = "${shangliang.assembly.reseal-every:6h}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!lease.tryAcquire("assembly-reseal")) {
            return;
        }
        try {
            int moved = resealAll();
            if (moved > 0) {
                LOG.infof("re-sealed %d stored ballot choices with key %s", moved, seal.currentKeyId());
            }
        } catch (RuntimeException e) {
            LOG.error("re-sealing stored ballot choices failed; will retry", e);
        }
    }

    /** Re-seals every stored choice not sealed with the current key; returns how many rows this call changed. */
    public int resealAll() {
        int changed = 0;
        for (String[] column : COLUMNS) {
            changed += reseal(column[0], column[1]);
        }
        return changed;
    }

    private int reseal(String table, String column) {
        String current = ChoiceSeal.PREFIX + seal.currentKeyId() + ":%";
        int changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "SELECT id, " + column + " FROM " + table + " WHERE id > ?1 AND " + column + " IS NOT NULL AND "
                                    + column + " NOT LIKE ?2 ORDER BY id LIMIT " + BATCH)
                    .setParameter(1, from).setParameter(2, current).getResultList());
            if (rows.isEmpty()) {
                return changed;
            }
            changed += QuarkusTransaction.requiringNew().call(() -> {
                int n = 0;
                for (Object[] row : rows) {
                    String old = (String) row[1];
                    n += em.createNativeQuery("UPDATE " + table + " SET " + column + " = ?1 WHERE id = ?2 AND " + column + " = ?3")
                            .setParameter(1, seal.reseal(old)).setParameter(2, row[0]).setParameter(3, old).executeUpdate();
                }
                return n;
            });
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }
}
