package cn.shangliang.hearing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Lets a test walk a hearing through its announced days: the app's "today" is moved by whole days. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestHearingClock extends HearingClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(offset);
    }

    public void travelTo(LocalDate day) {
        offset = Duration.ofDays(ChronoUnit.DAYS.between(realToday(), day));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public LocalDate realToday() {
        return LocalDate.ofInstant(Instant.now(), cn.shangliang.common.web.TemplateExtensions.ZONE);
    }
}
