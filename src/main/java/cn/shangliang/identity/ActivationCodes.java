package cn.shangliang.identity;

import jakarta.inject.Inject;
import cn.shangliang.common.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes activation codes: 12 characters from 31 unambiguous letters and digits (about 59 random bits), shown as
 * XXXX-XXXX-XXXX; stored as SHA-256, which is enough for a random code that expires in days.
 */
@ApplicationScoped
public class ActivationCodes {

    /** A password hash no password matches: the account cannot log in until it is activated. */
    public static final String NOT_ACTIVATED = "!not-activated";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountConfig config;

    public record Issued(String code, Instant expiresAt) {
    }

    /** A new code for the account; earlier unused codes of the account stop working. */
    public Issued issue(Account account, String actor) {
        ActivationCode.update("usedAt = ?1, version = version + 1 where accountId = ?2 and usedAt is null",
                Instant.now(Clocks.REAL), account.id);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        ActivationCode row = new ActivationCode();
        row.accountId = account.id;
        row.codeHash = hash(code.toString());
        row.createdBy = actor;
        row.createdAt = Instant.now(Clocks.REAL);
        row.expiresAt = row.createdAt.plus(config.activationLifetime());
        row.persist();
        return new Issued(code.toString(), row.expiresAt);
    }

    /** Case, spaces and dashes do not matter when the code is typed. */
    public static String hash(String typed) {
        String normal = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
