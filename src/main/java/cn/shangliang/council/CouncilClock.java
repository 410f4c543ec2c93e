package cn.shangliang.council;

import cn.shangliang.common.web.TemplateExtensions;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today in China Standard Time, for every date rule of councils and proposals (notice days, meeting day,
 * due dates). Tests move it to check date rules without waiting for the calendar.
 */
@ApplicationScoped
public class CouncilClock {

    private volatile Clock clock = Clock.system(TemplateExtensions.ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** For tests only: pretend it is {@code instant}; null returns to the system clock. */
    public void set(Instant instant) {
        clock = instant == null ? Clock.system(TemplateExtensions.ZONE) : Clock.fixed(instant, TemplateExtensions.ZONE);
    }
}
