package cn.shangliang.attachment;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Attachment limits and storage (docs/operations.md, "Attachments"). */
@ConfigMapping(prefix = "shangliang.attachment")
public interface AttachmentConfig {

    /** Largest file accepted, in bytes (10 MB). */
    @WithDefault("10485760")
    long maxBytes();

    /** Largest image accepted, in pixels (width × height), so a small file cannot expand into gigabytes. */
    @WithDefault("40000000")
    long maxPixels();

    /** {@code folder} (the data folder, default) or {@code s3} (S3-compatible storage shared by every instance). */
    @WithDefault("folder")
    String storage();

    S3 s3();

    interface S3 {
        Optional<URI> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();
    }
}
