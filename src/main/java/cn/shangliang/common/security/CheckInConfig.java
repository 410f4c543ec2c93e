package cn.shangliang.common.security;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;

/** QR check-in at meetings and hearings. */
@ConfigMapping(prefix = "shangliang.check-in")
public interface CheckInConfig {

    /** The HMAC key of check-in tokens, shared by every instance ({@link CheckInTokens}). */
    Path keyFile();
}
