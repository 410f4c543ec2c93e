package cn.shangliang.common.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often a {@link RetryOnConflict} use case runs at most, and how long it waits before running again. */
@ConfigMapping(prefix = "shangliang.db.conflict")
public interface ConflictRetryConfig {

    /** Attempts in all (the first one included). */
    @WithDefault("5")
    int attempts();

    /** The wait before the second attempt; it doubles for each further one, with a random part. */
    @WithDefault("PT0.02S")
    Duration backoff();
}
