package cn.shangliang.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionRulesTest {

    private static final SessionRules RULES = new SessionRules(Duration.ofMinutes(30), Duration.ofHours(8),
            Duration.ofMinutes(1));
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                       login min ago, seen min ago, ended, enabled, staff, verdict
            "fresh staff,                  10,   1,   false, true,  true,  ACTIVE",
            "staff idle 29 min,            60,   29,  false, true,  true,  ACTIVE",
            "staff idle exactly 30 min,    60,   30,  false, true,  true,  IDLE",
            "resident idle 3 h,            200,  180, false, true,  false, ACTIVE",
            "8 h after login,              480,  0,   false, true,  false, EXPIRED",
            "just under 8 h,               479,  0,   false, true,  true,  ACTIVE",
            "logged out,                   10,   1,   true,  true,  true,  ENDED",
            "disabled,                     10,   1,   false, false, true,  DISABLED",
            "ended wins over disabled,     10,   1,   true,  false, true,  ENDED",
    })
    void verdict(String name, long loginAgo, long seenAgo, boolean ended, boolean enabled, boolean staff,
                 SessionRules.Verdict expected) {
        SessionRules.State state = new SessionRules.State(NOW.minus(Duration.ofMinutes(loginAgo)),
                NOW.minus(Duration.ofMinutes(seenAgo)), ended ? NOW.minusSeconds(5) : null, enabled, staff);
        assertEquals(expected, RULES.judge(state, NOW), name);
    }

    @ParameterizedTest
    @CsvSource({"0, false", "59, false", "60, true", "600, true"})
    void lastSeenIsWrittenAtMostOncePerMinute(long secondsAgo, boolean touch) {
        SessionRules.State state = new SessionRules.State(NOW.minusSeconds(3600), NOW.minusSeconds(secondsAgo), null,
                true, true);
        assertEquals(touch, RULES.mustTouch(state, NOW));
    }
}
