package cn.shangliang.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a login token lasts. */
@ConfigMapping(prefix = "shangliang.token")
public interface TokenConfig {

    @WithDefault("PT8H")
    Duration lifespan();
}
