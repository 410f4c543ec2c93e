package cn.shangliang.common.db;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case that may simply run again when the database rolled it back for a conflict with a concurrent one
 * ({@link DatabaseFailure#CONFLICT}: a deadlock on one server; on Galera also a write set that failed
 * certification at commit, or a {@code @Version} found changed). Each attempt is a whole new transaction, so put it
 * only on an entry point whose transaction starts here (or that is {@code REQUIRES_NEW}), whose effects are all in
 * the database (the attempt that failed left nothing behind), and that reads what it changes afresh: never on one
 * that takes a row version from the client. See {@link RetryOnConflictInterceptor}, docs/operations.md.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {
}
