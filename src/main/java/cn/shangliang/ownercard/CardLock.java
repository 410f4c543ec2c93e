package cn.shangliang.ownercard;

import java.time.Duration;
import java.time.Instant;

/**
 * How long wrong PINs lock a card. A lock that only staff could lift let anyone who knew a card number keep its
 * owner from voting: so the lock ends by itself, 15 minutes the first time and twice as long each time again
 * (up to a day) until the owner logs in successfully; staff may still lift it at once.
 */
public final class CardLock {

    public static final Duration FIRST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofDays(1);

    private CardLock() {
    }

    /** The length of the {@code lockCount}-th lock in a row (1 for the first). */
    public static Duration length(int lockCount) {
        Duration length = FIRST;
        for (int i = 1; i < lockCount && length.compareTo(LONGEST) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(LONGEST) < 0 ? length : LONGEST;
    }

    /** Whether a lock until {@code lockedUntil} is over at {@code now} (no end recorded: it is over). */
    public static boolean over(Instant lockedUntil, Instant now) {
        return lockedUntil == null || !now.isBefore(lockedUntil);
    }
}
