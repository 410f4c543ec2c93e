package cn.shangliang.attachment;

import cn.shangliang.common.config.SiteConfig;
import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one {@link BlobStore} of the application, chosen by {@code shangliang.attachment.storage}. */
@ApplicationScoped
public class BlobStores {

    @Produces
    @ApplicationScoped
    BlobStore store(AttachmentConfig config, Clock clock, SiteConfig site) {
        if ("s3".equals(config.storage())) {
            AttachmentConfig.S3 s3 = config.s3();
            return new S3BlobStore(s3.endpoint().orElseThrow(() -> missing("endpoint")),
                    s3.bucket().orElseThrow(() -> missing("bucket")), s3.region(),
                    s3.accessKey().orElseThrow(() -> missing("access-key")),
                    s3.secretKey().orElseThrow(() -> missing("secret-key")), clock);
        }
        if (!"folder".equals(config.storage())) {
            throw new IllegalStateException("shangliang.attachment.storage must be folder or s3, not " + config.storage());
        }
        return new FolderBlobStore(Path.of(site.dataDir(), "attachments"));
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException("shangliang.attachment.storage=s3 needs shangliang.attachment.s3." + key);
    }
}
