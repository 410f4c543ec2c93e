package cn.shangliang.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of the whole site (the features' own settings are in their {@code *Config} mappings). */
@ConfigMapping(prefix = "shangliang")
public interface SiteConfig {

    /** Where the embedded database, keys and uploads live. */
    String dataDir();

    /** Whether the demo world is seeded at start (dev mode and demos only). */
    @WithDefault("false")
    boolean demoData();

    /**
     * The address residents reach the site at (e.g. {@code https://shangliang.example.cn}), in QR codes, printed
     * notices and the links of e-mails, texts and WeChat messages. Production sets it ({@code SHANGLIANG_PUBLIC_URL}).
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The full address of a path on this site. */
    default String url(String path) {
        return publicUrl().replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
    }
}
