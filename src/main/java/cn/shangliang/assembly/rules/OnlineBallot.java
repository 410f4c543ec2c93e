package cn.shangliang.assembly.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A ballot cast with an owner's card. An owner may cast again (or withdraw) until the vote closes: the
 * latest by {@code castAt}, then by {@code sequence}, counts.
 *
 * @param sequence server-assigned, unique among online ballots
 * @param choice   the choice; null for a withdrawal, which leaves the voter without an online ballot
 */
public record OnlineBallot<T>(String voterKey, long sequence, Instant castAt, T choice) {

    public OnlineBallot {
        Objects.requireNonNull(voterKey, "voterKey");
        Objects.requireNonNull(castAt, "castAt");
    }

    public static <T> OnlineBallot<T> withdrawal(String voterKey, long sequence, Instant castAt) {
        return new OnlineBallot<>(voterKey, sequence, castAt, null);
    }
}
