package cn.shangliang.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a session may still act, from its row: pure, so the timeouts are tested as a table. Staff sessions
 * (any role but resident or owner) also end after {@code idle} without a request; every session ends
 * {@code absolute} after login whatever it does.
 */
public record SessionRules(Duration idle, Duration absolute, Duration touchEvery) {

    public enum Verdict { ACTIVE, ENDED, DISABLED, IDLE, EXPIRED }

    public record State(Instant createdAt, Instant lastSeenAt, Instant endedAt, boolean accountEnabled,
                        boolean staff) {
    }

    public Verdict judge(State s, Instant now) {
        if (s.endedAt() != null) {
            return Verdict.ENDED;
        }
        if (!s.accountEnabled()) {
            return Verdict.DISABLED;
        }
        if (!now.isBefore(s.createdAt().plus(absolute))) {
            return Verdict.EXPIRED;
        }
        if (s.staff() && !now.isBefore(s.lastSeenAt().plus(idle))) {
            return Verdict.IDLE;
        }
        return Verdict.ACTIVE;
    }

    /** Last-seen is written at most once per {@code touchEvery}, so most requests only read. */
    public boolean mustTouch(State s, Instant now) {
        return !now.isBefore(s.lastSeenAt().plus(touchEvery));
    }
}
