package cn.shangliang.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** No texts at night: a text due inside the quiet hours waits until they end (pure, table-tested). */
public final class QuietHours {

    private QuietHours() {
    }

    /**
     * When a text due at {@code now} may go, if not now: quiet from hour {@code from} (inclusive) to hour
     * {@code until} (exclusive) local time, across midnight when from &gt; until; from == until means never quiet.
     */
    public static Optional<Instant> deferUntil(Instant now, ZoneId zone, int from, int until) {
        if (from == until) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        int hour = local.getHour();
        boolean quiet = from < until ? hour >= from && hour < until : hour >= from || hour < until;
        if (!quiet) {
            return Optional.empty();
        }
        LocalDateTime end = local.toLocalDate().atTime(until, 0);
        if (!end.isAfter(local.toLocalDateTime())) {
            end = end.plusDays(1);
        }
        return Optional.of(end.atZone(zone).toInstant());
    }
}
