package cn.shangliang.community;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Community settings: the identity-number salt and how long a roster import may go without a heartbeat. */
@ConfigMapping(prefix = "shangliang.community")
public interface CommunityConfig {

    /** The secret that salts identity-number hashes; set once and kept (a new salt orphans every hash). */
    String identitySalt();

    @WithDefault("PT10M")
    Duration rosterJobStaleAfter();
}
