package cn.shangliang.common.db;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a {@link RetryOnConflict} use case again, a bounded number of times, when the database rolled it back for
 * a {@link DatabaseFailure#CONFLICT}. It sits outside {@code @Transactional} (a lower priority number), so every
 * attempt is its own transaction; when the caller already has a transaction (and the method does not start a new
 * one), the caller's transaction is the unit that failed and this interceptor stays out of the way.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class);

    @Inject
    TransactionManager transactions;

    @Inject
    ConflictRetryConfig config;

    @Inject
    MeterRegistry metrics;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (insideCallersTransaction(context.getMethod())) {
            return context.proceed();
        }
        int attempts = Math.max(1, config.attempts());
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (DatabaseFailure.of(e).orElse(null) != DatabaseFailure.CONFLICT) {
                    throw e;
                }
                metrics.counter("shangliang.db.conflicts", "use_case", name(context),
                        "outcome", attempt >= attempts ? "gave-up" : "retried").increment();
                if (attempt >= attempts) {
                    LOG.warnf("%s conflicted %d times; giving up", name(context), attempt);
                    throw new ConflictRetriesExhausted(attempt, e);
                }
                LOG.debugf("%s conflicted (attempt %d), running it again", name(context), attempt);
                if (!pause(attempt)) {
                    throw e;
                }
            }
        }
    }

    private boolean insideCallersTransaction(Method method) throws SystemException {
        Transactional tx = method.getAnnotation(Transactional.class);
        if (tx == null) {
            tx = method.getDeclaringClass().getAnnotation(Transactional.class);
        }
        boolean startsItsOwn = tx != null && tx.value() == Transactional.TxType.REQUIRES_NEW;
        return !startsItsOwn && transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** Waits before the next attempt; false when the thread was interrupted meanwhile. */
    private boolean pause(int attempt) {
        long base = config.backoff().toMillis() << Math.min(attempt - 1, 6);
        try {
            // random part: two instances that just collided should not collide again on the same beat
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String name(InvocationContext context) {
        return context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
    }
}
