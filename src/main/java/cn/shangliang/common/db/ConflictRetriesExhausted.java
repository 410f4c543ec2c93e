package cn.shangliang.common.db;

/** A {@link RetryOnConflict} use case that still conflicted after its last attempt; answered with 409. */
public class ConflictRetriesExhausted extends RuntimeException {

    public ConflictRetriesExhausted(int attempts, Throwable last) {
        super("still conflicting after " + attempts + " attempts", last);
    }
}
