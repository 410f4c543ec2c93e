package cn.shangliang.community.roster;

import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.db.RetryOnConflict;
import cn.shangliang.community.CommunityConfig;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.community.Estate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import cn.shangliang.common.db.Outage;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Imports queued page uploads. Any instance may run a job: a conditional UPDATE claims it, so exactly one does,
 * and a job whose worker died (no heartbeat for a while) is claimed again. Progress is written in short
 * transactions of its own so the page sees it while the import's transaction is still open; the outcome is
 * written in the import's transaction, so "done" and the imported rows commit together.
 */
@ApplicationScoped
public class RosterJobWorker {

    @Inject
    CommunityConfig settings;

    private static final Logger LOG = Logger.getLogger(RosterJobWorker.class);

    /** Progress is written at most once per this many rows: each write is a transaction of its own. */
    private static final int PROGRESS_STEP = 1000;

    @Inject
    EntityManager em;

    @Inject
    RosterImporter importer;

    @Inject
    RosterJobs jobs;

    @Inject
    AuditLog audit;

    @Scheduled(every = "${shangliang.community.roster-job-poll:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        outage.run(() -> {
            Long jobId;
            while ((jobId = claimNext()) != null) {
                run(jobId);
            }
        });
    }

    private final Outage outage = new Outage("roster import", RosterJobWorker.class);

    /** Claims the oldest waiting (or abandoned) job, or returns null when there is none. */
    @RetryOnConflict
    Long claimNext() {
        return QuarkusTransaction.requiringNew().call(this::claim);
    }

    private Long claim() {
        // Job bookkeeping (claims, heartbeats) runs on real time like the leases, not on the app clock.
        Instant now = Instant.now(Clocks.REAL);
        Instant stale = now.minus(settings.rosterJobStaleAfter());
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("SELECT id FROM roster_import_job WHERE status = 'QUEUED' "
                        + "OR (status IN ('VALIDATING', 'WRITING') AND heartbeat_at < ?1) ORDER BY id LIMIT 5")
                .setParameter(1, stale).getResultList();
        for (Number candidate : candidates) {
            int claimed = em.createNativeQuery("UPDATE roster_import_job SET status = 'VALIDATING', "
                            + "processed_rows = 0, heartbeat_at = ?1, version = version + 1 WHERE id = ?2 "
                            + "AND (status = 'QUEUED' OR (status IN ('VALIDATING', 'WRITING') AND heartbeat_at < ?3))")
                    .setParameter(1, now).setParameter(2, candidate.longValue()).setParameter(3, stale)
                    .executeUpdate();
            if (claimed == 1) {
                return candidate.longValue();
            }
        }
        return null;
    }

    void run(long jobId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> importJob(jobId));
        } catch (RosterRejected e) {
            List<RowError> rows = e.rows();
            finish(jobId, RosterJobStatus.REJECTED, new RosterJobs.Summary(null, rows.size(),
                    rows.subList(0, Math.min(rows.size(), RosterJobs.MAX_ERRORS_KEPT)), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "roster import job %d failed", jobId);
            finish(jobId, RosterJobStatus.FAILED, new RosterJobs.Summary(null, 0, List.of(),
                    "导入时发生系统错误，未导入任何数据。请稍后重新上传；如果再次失败，请联系管理员。"));
        }
    }

    /** The import and its outcome in one transaction: all rows and DONE commit together, or neither. */
    private void importJob(long jobId) {
        Object[] job = (Object[]) em.createNativeQuery(
                        "SELECT estate_id, created_by, file_content, sheet_name FROM roster_import_job WHERE id = ?1")
                .setParameter(1, jobId).getSingleResult();
        long estateId = ((Number) job[0]).longValue();
        String actor = (String) job[1];
        Estate estate = Estate.findById(estateId, LockModeType.PESSIMISTIC_WRITE);
        RosterImporter.Result result = importer.load(estate, (byte[]) job[2], (String) job[3], new JobProgress(jobId));
        audit.record(actor, "community.roster-import", "estate", estate.id, RosterImporter.summary(result));
        em.createNativeQuery("UPDATE roster_import_job SET status = 'DONE', processed_rows = ?1, total_rows = ?1, "
                        + "result_summary = ?2, file_content = NULL, heartbeat_at = ?3, version = version + 1 "
                        + "WHERE id = ?4")
                .setParameter(1, result.rows()).setParameter(2, jobs.write(new RosterJobs.Summary(result, 0,
                        List.of(), null)))
                .setParameter(3, Instant.now(Clocks.REAL)).setParameter(4, jobId).executeUpdate();
    }

    private void finish(long jobId, RosterJobStatus status, RosterJobs.Summary summary) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE roster_import_job SET status = ?1, "
                        + "result_summary = ?2, file_content = NULL, heartbeat_at = ?3, version = version + 1 "
                        + "WHERE id = ?4")
                .setParameter(1, status.name()).setParameter(2, jobs.write(summary))
                .setParameter(3, Instant.now(Clocks.REAL)).setParameter(4, jobId).executeUpdate());
    }

    /** Writes progress in transactions of its own, suspending the import's, so the page sees it at once. */
    private final class JobProgress implements RosterProgress {

        private final long jobId;
        private int lastWritten = -1;

        JobProgress(long jobId) {
            this.jobId = jobId;
        }

        @Override
        public void read(int totalRows) {
            update("status = 'VALIDATING', total_rows = " + totalRows + ", processed_rows = 0");
        }

        @Override
        public void written(int rows) {
            if (lastWritten < 0 || rows - lastWritten >= PROGRESS_STEP) {
                lastWritten = rows;
                update("status = 'WRITING', processed_rows = " + rows);
            }
        }

        private void update(String assignments) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE roster_import_job SET "
                            + assignments + ", heartbeat_at = ?1, version = version + 1 WHERE id = ?2")
                    .setParameter(1, Instant.now(Clocks.REAL)).setParameter(2, jobId).executeUpdate());
        }
    }
}
