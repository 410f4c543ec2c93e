package cn.shangliang.testsupport;

import cn.shangliang.common.web.TemplateExtensions;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The app's clock in tests: real time unless a test fixes it ({@link #set}), moves it by whole days
 * ({@link #travelTo}) or to an instant it runs on from ({@link #runFrom}); {@link #reset} returns to real time, as it does after every Quarkus test
 * ({@link RealTimeAfterEachTest}).
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return TemplateExtensions.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Pretend it is {@code instant} until reset; null returns to real time. */
    public void set(Instant instant) {
        fixed = instant;
        offset = Duration.ZERO;
    }

    /** Pretend it is {@code instant} now, time running on from there (a vote's window passes as it would). */
    public void runFrom(Instant instant) {
        fixed = null;
        offset = Duration.between(Instant.now(), instant);
    }

    /** Move "today" to {@code day}, keeping the time of day running. */
    public void travelTo(LocalDate day) {
        fixed = null;
        offset = Duration.ofDays(ChronoUnit.DAYS.between(realToday(), day));
    }

    public void reset() {
        set(null);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), TemplateExtensions.ZONE);
    }

    public LocalDate realToday() {
        return LocalDate.ofInstant(Instant.now(), TemplateExtensions.ZONE);
    }
}
