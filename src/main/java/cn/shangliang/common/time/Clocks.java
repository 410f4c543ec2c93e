package cn.shangliang.common.time;

import cn.shangliang.common.web.TemplateExtensions;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the app, in China Standard Time (every date rule is written in it). Inject {@link Clock} and
 * read {@code clock.instant()} or {@code LocalDate.now(clock)}; tests replace the bean with a movable clock.
 * A demo or an acceptance check can run with time moved forward by {@code shangliang.clock.offset} (for
 * example {@code P16D} to open a vote whose notice was published today); a packaged production app refuses it.
 */
@ApplicationScoped
public class Clocks {

    /**
     * Real time, for what must follow the wall clock whatever the app's clock says: token and session lifetimes
     * (the JWT library checks a token's expiry against it, and moving a demo's clock must not end every session),
     * job leases shared by instances, and bookkeeping stamps that no rule compares (a row's {@code createdAt}).
     * Reading it is explicit ({@code Instant.now(Clocks.REAL)}), so every time read in the code names its clock;
     * {@code ClockLintTest} refuses a bare {@code now()}.
     */
    public static final Clock REAL = Clock.system(TemplateExtensions.ZONE);

    @ConfigMapping(prefix = "shangliang.clock")
    public interface TimeConfig {
        /** How far the app's clock runs ahead of the real one (dev and test only). */
        @WithDefault("PT0S")
        Duration offset();
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(TimeConfig config) {
        Duration offset = config.offset();
        if (!offset.isZero() && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("shangliang.clock.offset is for demos and tests only; unset "
                    + "SHANGLIANG_CLOCK_OFFSET to run in production");
        }
        return Clock.offset(Clock.system(TemplateExtensions.ZONE), offset);
    }
}
