package cn.shangliang.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the session cookie is sent over HTTPS only (on in production, off for local HTTP). */
@ConfigMapping(prefix = "shangliang.cookie")
public interface CookieConfig {

    @WithDefault("false")
    boolean secure();
}
