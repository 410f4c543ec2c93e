package cn.shangliang.community;

import jakarta.inject.Inject;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hash of identity numbers (HMAC-SHA256 with the server secret {@code shangliang.community.identity-salt}),
 * so the same owner is recognised on re-import without the number being stored. Without the secret the hash
 * cannot be reversed by trying all ~10^10 plausible identity numbers.
 */
@ApplicationScoped
public class IdentityHasher {

    @Inject
    CommunityConfig settings;

    private static final Logger LOG = Logger.getLogger(IdentityHasher.class);

    void warnAboutDevSecret(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && settings.identitySalt().startsWith("dev-only")) {
            LOG.warn("shangliang.community.identity-salt is the development value: set "
                    + "SHANGLIANG_COMMUNITY_IDENTITY_SALT to a long random secret before importing real rosters");
        }
    }

    public String hash(String identityNumber) {
        return hasher().hash(identityNumber);
    }

    /** A hasher for one bulk run: reuses one initialised Mac (not thread-safe). */
    public Bulk hasher() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.identitySalt().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new Bulk(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static final class Bulk {
        private final Mac mac;

        private Bulk(Mac mac) {
            this.mac = mac;
        }

        public String hash(String identityNumber) {
            byte[] digest = mac.doFinal(IdentityNumber.normalize(identityNumber).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
    }
}
