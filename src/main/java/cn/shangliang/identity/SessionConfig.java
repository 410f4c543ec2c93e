package cn.shangliang.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a login lasts (docs/adr/0010-server-side-sessions.md). */
@ConfigMapping(prefix = "shangliang.session")
public interface SessionConfig {

    /** A session unused this long ends. */
    Duration idleTimeout();

    /** A session ends this long after login whatever happens; also the token's lifetime. */
    Duration absoluteLifetime();

    /** How often a session's last use is written (not on every request). */
    @WithDefault("PT1M")
    Duration touchEvery();

    /** How many verified tokens are remembered ({@link VerifiedTokens}). */
    @WithDefault("20000")
    int verifiedTokens();
}
