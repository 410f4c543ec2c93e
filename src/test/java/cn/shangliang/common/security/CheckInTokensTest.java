package cn.shangliang.common.security;

import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check-in token is good for its subject until it expires, and for nothing else. */
class CheckInTokensTest {

    static final SecretKeySpec KEY = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    static final SecretKeySpec OTHER = new SecretKeySpec("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    static final Instant NOW = Instant.parse("2026-03-05T11:00:00Z");

    @Test
    void validForItsSubjectUntilItExpires() {
        String token = CheckInTokens.sign(KEY, "meeting-12", NOW.plusSeconds(900).getEpochSecond());
        assertTrue(CheckInTokens.valid(KEY, token, "meeting-12", NOW));
        assertTrue(CheckInTokens.valid(KEY, token, "meeting-12", NOW.plusSeconds(900)));
        assertFalse(CheckInTokens.valid(KEY, token, "meeting-12", NOW.plusSeconds(901)), "expired");
        assertFalse(CheckInTokens.valid(KEY, token, "meeting-13", NOW), "another meeting");
        assertFalse(CheckInTokens.valid(KEY, token, "hearing-12", NOW), "another kind");
        assertFalse(CheckInTokens.valid(OTHER, token, "meeting-12", NOW), "another key");
    }

    @Test
    void tamperedOrMalformedTokensFail() {
        String token = CheckInTokens.sign(KEY, "meeting-12", NOW.plusSeconds(900).getEpochSecond());
        String later = token.replace("." + NOW.plusSeconds(900).getEpochSecond() + ".", "." + NOW.plusSeconds(99_999).getEpochSecond() + ".");
        assertFalse(CheckInTokens.valid(KEY, later, "meeting-12", NOW), "expiry moved");
        for (String bad : new String[]{null, "", "meeting-12", "meeting-12.x.y", "meeting-12.1.%%%", token + "x", "a".repeat(300)}) {
            assertFalse(CheckInTokens.valid(KEY, bad, "meeting-12", NOW), String.valueOf(bad));
        }
    }
}
