package cn.shangliang.community;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "shangliang.community.identity-salt")
    String salt;

    public String hash(String identityNumber) {
        return hasher().hash(identityNumber);
    }

    /** A hasher for one bulk run: reuses one initialised Mac (not thread-safe). */
    public Bulk hasher() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
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
