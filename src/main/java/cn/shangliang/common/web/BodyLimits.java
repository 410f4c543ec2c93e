package cn.shangliang.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * The size limit of every request body, refused by its declared length before it is read, with a 413 that says
 * the limit (problem JSON under /api, the error page elsewhere). File uploads (roster CSV/XLSX, Pabulib files,
 * multipart forms) may be larger than forms and JSON. {@code quarkus.http.limits.max-body-size} stays above both
 * as the server's own backstop for bodies sent without a length (docs/security.md, "Abuse limits").
 */
public class BodyLimits {

    @ConfigMapping(prefix = "shangliang.limits")
    public interface LimitsConfig {
        /** Forms and JSON. */
        @WithDefault("1048576")
        long body();

        /** Files sent as the body or as multipart (roster, Pabulib). */
        @WithDefault("20971520")
        long upload();
    }

    private static final Set<String> UPLOAD_TYPES = Set.of("text/csv", "text/plain", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data");

    @Inject
    LimitsConfig limits;

    @ServerRequestFilter(preMatching = true)
    public void refuseTooLarge(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return;
        }
        long limit = isUpload(request.getMediaType()) ? limits.upload() : limits.body();
        if (length > limit) {
            throw DomainException.of(413, "body-too-large", megabytes(limit));
        }
    }

    static boolean isUpload(MediaType type) {
        return type != null && UPLOAD_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }

    /** "1 MB", "20 MB", "256 KB": how the limit reads in a message. */
    public static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
