package cn.shangliang.common.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The audit chain's settings. How often the sealer and the head check run are scheduler expressions
 * ({@code shangliang.audit.seal-every}, {@code shangliang.audit.head-check}), read by the scheduler itself.
 */
@ConfigMapping(prefix = "shangliang.audit")
public interface AuditConfig {

    /** The chain's HMAC key, outside the database ({@link AuditChainKey}). */
    Path keyFile();

    /** How often the chain's head is published on the notice board. */
    @WithDefault("PT23H")
    Duration headEvery();
}
