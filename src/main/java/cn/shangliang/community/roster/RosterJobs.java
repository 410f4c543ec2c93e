package cn.shangliang.community.roster;

import cn.shangliang.common.i18n.ErrorTexts;
import cn.shangliang.common.time.Clocks;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.CommunityAccess;
import cn.shangliang.identity.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Page uploads of a roster: the file is queued as a job (RosterJobWorker imports it) and the page follows the
 * job's progress. Only those who may import into the estate may queue or see its jobs.
 */
@ApplicationScoped
public class RosterJobs {

    /**
     * At most this many bad rows are kept with a rejected job (the summary is a TEXT column, 64 KB); the count
     * says how many there were.
     */
    public static final int MAX_ERRORS_KEPT = 300;

    /**
     * What a finished job stored: the import's result, or the bad rows (codes and arguments), or why it failed
     * ({@code message}: an errors-bundle code, its argument the error count).
     */
    public record Summary(RosterImporter.Result result, int errorCount, List<RowError> errors, String message) {
    }

    /** A job as pages and the API see it, its reasons in the reader's language. */
    public record JobView(long id, long estateId, RosterJobStatus status, Integer totalRows, int processedRows,
                          boolean finished, RosterImporter.Result result, int errorCount, List<RowText> errors,
                          String message) {

        /** Refused for bad rows, nothing written: the page lists the rows. */
        public boolean rejected() {
            return status == RosterJobStatus.REJECTED;
        }

        /** Broke off for a reason that is not the roster's: the page says why. */
        public boolean failed() {
            return status == RosterJobStatus.FAILED;
        }
    }

    /** A refused line and why, in the reader's language. */
    public record RowText(int line, String reason) {
    }

    @Inject
    CommunityAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Transactional
    public long submit(long estateId, byte[] content, String sheet) {
        access.editEstate(estateId);
        RosterImportJob job = new RosterImportJob();
        job.estateId = estateId;
        job.createdBy = user.auditName();
        job.createdAt = Instant.now(Clocks.REAL); // job bookkeeping runs on real time (see RosterJobWorker)
        job.heartbeatAt = job.createdAt;
        job.status = RosterJobStatus.QUEUED;
        job.fileContent = content;
        // Excel names have at most 31 characters: a longer one finds no sheet either way, with the same message
        job.sheetName = sheet == null || sheet.isBlank() ? null : sheet.strip().substring(0, Math.min(100, sheet.strip().length()));
        job.persist();
        return job.id;
    }

    @Transactional
    public JobView view(long jobId, String language) {
        RosterImportJob job = RosterImportJob.findById(jobId);
        if (job == null) {
            throw DomainException.notFound("not-found.roster-job");
        }
        access.editEstate(job.estateId);
        Summary summary = job.resultSummary == null ? null : read(job.resultSummary);
        return new JobView(job.id, job.estateId, job.status, job.totalRows, job.processedRows, job.status.finished(),
                summary == null ? null : summary.result(), summary == null ? 0 : summary.errorCount(),
                summary == null || summary.errors() == null ? List.of() : summary.errors().stream()
                        .map(e -> new RowText(e.line(), e.reason(language))).toList(),
                summary == null ? null : message(summary, language));
    }

    /** The stored message's text; a text stored before messages were codes stays as it was. */
    private static String message(Summary summary, String language) {
        if (summary.message() == null) {
            return null;
        }
        String text = ErrorTexts.text(summary.message(), language, summary.errorCount());
        return text == null ? summary.message() : text;
    }

    String write(Summary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Summary read(String text) {
        try {
            return json.readValue(text, Summary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable roster job summary", e);
        }
    }
}
