package cn.shangliang.common.security;

import cn.shangliang.common.web.DomainException.FieldError;
import cn.shangliang.common.web.QrCheckIn;
import cn.shangliang.common.web.RequestCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Short-lived signed tokens for check-in by QR code: {@code <subject>.<expiry>.<HMAC>}, the HMAC-SHA256 over subject
 * and expiry with a key kept in a file (every instance reads the same file, so a code shown by one instance checks
 * in on another). The token only says "this QR code was shown for this meeting until then"; who checks in is the
 * logged-in member, and the meeting's own rules (open, member, once) still apply.
 */
@Named("checkInTokens")
@ApplicationScoped
public class CheckInTokens {

    /** A code on the chair's screen is refreshed with every page load; a photo of it is useless soon after. */
    public static final Duration ON_SCREEN = Duration.ofMinutes(15);

    private final SecretKeySpec key;

    @Inject
    Clock clock;

    @Inject
    RequestCheck requests;

    @Inject
    CheckInTokens(CheckInConfig config) {
        this.key = new SecretKeySpec(SecretKeyFile.loadOrCreate(config.keyFile(), 32), "HmacSHA256");
    }

    /** A token for {@code subject} (e.g. "meeting-12") valid until {@code expires}. */
    public String issue(String subject, Instant expires) {
        return sign(key, subject, expires.getEpochSecond());
    }

    /**
     * The path of the check-in page of a meeting or hearing ({@code kind} "meeting" or "hearing") with a fresh
     * on-screen token, for the QR code the chair or staff show.
     */
    public String path(String kind, long id) {
        if (!kind.equals("meeting") && !kind.equals("hearing")) {
            throw new IllegalArgumentException("no check-in for " + kind);
        }
        return "/" + kind + "s/" + id + "/check-in/qr?t=" + issue(kind + "-" + id, clock.instant().plus(ON_SCREEN));
    }

    public boolean valid(String token, String subject) {
        return valid(key, token, subject, clock.instant());
    }

    /**
     * The token posted from a check-in page, given and good for {@code subject}; else 400 naming the field
     * {@code t}. Services call it after their access check, so a stranger hears 403, not that the code expired.
     */
    public void require(QrCheckIn.Token posted, String subject) {
        requests.valid(posted, p -> p.t() == null || valid(p.t(), subject) ? List.of()
                : List.of(FieldError.of("t", "field.check-in.token")));
    }

    static String sign(SecretKeySpec key, String subject, long expiresEpochSecond) {
        String body = subject + "." + expiresEpochSecond;
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, body));
    }

    static boolean valid(SecretKeySpec key, String token, String subject, Instant now) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int sig = token.lastIndexOf('.');
        int exp = sig < 0 ? -1 : token.lastIndexOf('.', sig - 1);
        if (exp < 0 || !token.substring(0, exp).equals(subject)) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(token.substring(exp + 1, sig));
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(sig + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(key, token.substring(0, sig))) && now.getEpochSecond() <= expires;
    }

    private static byte[] mac(SecretKeySpec key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
