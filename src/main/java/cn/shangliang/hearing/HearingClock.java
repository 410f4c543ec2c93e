package cn.shangliang.hearing;

import cn.shangliang.common.web.TemplateExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today's date in China Standard Time, the calendar every announced hearing date is written in. A bean, so
 * tests can walk a hearing through its announced days.
 */
@ApplicationScoped
public class HearingClock {

    public Instant now() {
        return Instant.now();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), TemplateExtensions.ZONE);
    }
}
