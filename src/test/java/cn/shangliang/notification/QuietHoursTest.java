package cn.shangliang.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** No texts at night: a text due in the quiet hours waits until they end (China time). */
class QuietHoursTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} quiet {1}-{2}: send at {3}")
    @CsvSource({
            "2026-12-01T10:00, 21, 8, now",
            "2026-12-01T20:59, 21, 8, now",
            "2026-12-01T21:00, 21, 8, 2026-12-02T08:00",
            "2026-12-01T23:30, 21, 8, 2026-12-02T08:00",
            "2026-12-02T00:10, 21, 8, 2026-12-02T08:00",
            "2026-12-02T07:59, 21, 8, 2026-12-02T08:00",
            "2026-12-02T08:00, 21, 8, now",
            "2026-12-01T13:00, 12, 14, 2026-12-01T14:00",
            "2026-12-01T14:00, 12, 14, now",
            "2026-12-01T03:00, 0, 0, now",
    })
    void defersTextsDueAtNight(String local, int from, int until, String expected) {
        Instant now = ZonedDateTime.of(java.time.LocalDateTime.parse(local), CHINA).toInstant();
        Optional<Instant> later = QuietHours.deferUntil(now, CHINA, from, until);
        if (expected.equals("now")) {
            assertEquals(Optional.empty(), later);
        } else {
            assertEquals(ZonedDateTime.of(java.time.LocalDateTime.parse(expected), CHINA).toInstant(), later.orElseThrow());
        }
    }
}
