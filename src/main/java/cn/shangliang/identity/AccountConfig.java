package cn.shangliang.identity;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Accounts made by staff or by the first-run setup. */
@ConfigMapping(prefix = "shangliang.account")
public interface AccountConfig {

    /** How long an activation code works. */
    Duration activationLifetime();
}
