package cn.shangliang.common.throttle;

import java.time.Duration;
import java.util.List;

/**
 * The limits, each a set of rates that all apply. Several rates make the delay progressive: after a short burst
 * the first rate spaces attempts out by seconds, the longer ones by minutes, then by hours.
 */
public enum ThrottleLimit {

    /** Wrong passwords for one account (or one unknown login name): 5 a minute, 10 in 15 min, 20 in 6 h. */
    ACCOUNT_LOGIN("account-login", greedy(5, Duration.ofMinutes(1)), greedy(10, Duration.ofMinutes(15)),
            greedy(20, Duration.ofHours(6))),
    /** Wrong passwords from one client address, whatever the account: 30 in 10 min, 200 a day. */
    CLIENT_LOGIN("client-login", greedy(30, Duration.ofMinutes(10)), greedy(200, Duration.ofDays(1))),
    /** Wrong card numbers or PINs from one client address: 10 in 10 min, 50 a day. */
    CARD_CLIENT("card-client", greedy(10, Duration.ofMinutes(10)), greedy(50, Duration.ofDays(1))),
    /**
     * Wrong PINs for a card number that does not exist: locks like a real card (5, then 15 min), so the answers
     * for an unknown and a real number are the same.
     */
    CARD_NUMBER("card-number", interval(5, Duration.ofMinutes(15))),
    /** Pabulib files checked by one client (anonymous) or one account: CPU-heavy, so 10 in 10 min. */
    PABULIB_SELECT("pabulib-select", greedy(10, Duration.ofMinutes(10)), greedy(60, Duration.ofDays(1)));

    /** {@code attempts} per {@code per}; greedy refills a little all the time, interval all at once. */
    public record Rate(long attempts, Duration per, boolean greedy) {
    }

    private final String key;
    private final List<Rate> rates;

    ThrottleLimit(String key, Rate... rates) {
        this.key = key;
        this.rates = List.of(rates);
    }

    public String key() {
        return key;
    }

    public List<Rate> rates() {
        return rates;
    }

    /** The first rate's attempts: what a fresh subject may try in a burst. */
    public long burst() {
        return rates.stream().mapToLong(Rate::attempts).min().orElseThrow();
    }

    private static Rate greedy(long attempts, Duration per) {
        return new Rate(attempts, per, true);
    }

    private static Rate interval(long attempts, Duration per) {
        return new Rate(attempts, per, false);
    }
}
