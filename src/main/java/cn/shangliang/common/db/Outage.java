package cn.shangliang.common.db;

import cn.shangliang.common.web.Failures;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * A scheduled job's view of a database outage: while the database is down the job waits longer and longer
 * between tries (up to a minute) and the log gets one line per try, not a stack trace every second (14 MB of log
 * in 20 s before issue 11). Other failures are rethrown as they are.
 */
public final class Outage {

    private static final Duration LONGEST = Duration.ofMinutes(1);

    private final String job;
    private final Logger log;
    private long nextTryNanos;
    private Duration wait = Duration.ZERO;

    public Outage(String job, Class<?> owner) {
        this.job = job;
        this.log = Logger.getLogger(owner);
    }

    /** Runs {@code step} unless the job is waiting out an outage. */
    public synchronized void run(Runnable step) {
        long now = System.nanoTime();
        if (now < nextTryNanos) {
            return;
        }
        try {
            step.run();
            if (!wait.isZero()) {
                log.infof("%s: the database is back", job);
                wait = Duration.ZERO;
            }
        } catch (RuntimeException e) {
            if (!Failures.databaseDown(e)) {
                throw e;
            }
            wait = wait.isZero() ? Duration.ofSeconds(2) : wait.multipliedBy(2);
            wait = wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
            nextTryNanos = now + wait.toNanos();
            log.warnf("%s: the database is unavailable (%s); next try in %d s", job, e.getClass().getSimpleName(),
                    wait.toSeconds());
        }
    }
}
