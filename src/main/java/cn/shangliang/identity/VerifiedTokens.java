package cn.shangliang.identity;

import cn.shangliang.common.time.Clocks;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each token's signature once and remembers it by hash until the token expires (issue 17: RSA verification
 * was 19% of the app's CPU per request). Only what a valid signature proves is cached; the session and card rows
 * are still checked on every request ({@link SessionGuard}, the card check), so a logout or a revoked card stops a
 * cached token at once. Bounded: past {@code shangliang.session.verified-tokens} entries the expired ones are dropped,
 * and if that is not enough the whole cache (it refills as tokens come back). Per instance, which is harmless: a
 * miss only costs one verification.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private record Verified(JsonWebToken token, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Verified> cache = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser parser;

    @Inject
    SessionConfig config;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String key = hash(token);
        long now = Instant.now(Clocks.REAL).getEpochSecond();
        Verified hit = cache.get(key);
        if (hit != null && now < hit.expiresAt()) {
            return hit.token();
        }
        if (hit != null) {
            cache.remove(key, hit);
        }
        JsonWebToken verified = parser.parse(token);
        if (verified.getExpirationTime() > now) {
            if (cache.size() >= config.verifiedTokens()) {
                cache.values().removeIf(v -> v.expiresAt() <= now);
                if (cache.size() >= config.verifiedTokens()) {
                    cache.clear();
                }
            }
            cache.put(key, new Verified(verified, verified.getExpirationTime()));
        }
        return verified;
    }

    int size() {
        return cache.size();
    }

    private static String hash(String token) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
