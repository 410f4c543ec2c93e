package cn.shangliang.common.lease;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a job lease lasts before another instance may take the job over. */
@ConfigMapping(prefix = "shangliang.lease")
public interface LeaseConfig {

    @WithDefault("PT30S")
    Duration duration();
}
