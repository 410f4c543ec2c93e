package cn.shangliang.notification;

import java.time.Duration;

/** Exponential backoff: base after the first failure, doubled each time, never more than max. */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failedAttempts, Duration base, Duration max) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        // Shift at most 30 so the multiplication cannot overflow; the cap applies long before.
        Duration wait = base.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
