package cn.shangliang.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Static files are served with a long, immutable cache lifetime, so pages link them under a URL that changes
 * with their content ({@code /css/app.css?v=<hash>}): a new release is never hidden behind a cached old file.
 * Templates reach it as {@code inject:assets}.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    private final String css = "/css/app.css?v=" + hash("META-INF/resources/css/app.css");

    public String css() {
        return css;
    }

    static String hash(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing static resource " + resource);
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
