package cn.shangliang.assembly.rules;

import java.util.List;
import java.util.Optional;

/**
 * Which record of a conflict staff may let stand (docs/rules/assembly-tally.md, "Conflicts"). The owner's own acts
 * outrank an agent's: acting in person revokes the mandate for that act (民法典 Art. 173: a principal may revoke a
 * mandate at any time), so against an online or paper ballot of the owner a proxy ballot can't be chosen. Between the
 * owner's own online ballot and their signed paper sheet, both are the owner's; staff choose with a reason (e.g. the
 * owner's statement). An owner who confirmed a staff record never reaches this: their confirmation already set the
 * online ballot aside (ballot-privacy.md).
 */
public final class ConflictRule {

    private ConflictRule() {
    }

    /** Empty when {@code chosen} may stand; otherwise the refusal's code. */
    public static <T> Optional<String> check(List<Cast<T>> casts, BallotChannel channel, String reference) {
        boolean listed = casts.stream().anyMatch(c -> c.channel() == channel
                && (channel == BallotChannel.ONLINE || c.reference().equals(reference)));
        if (!listed) {
            return Optional.of("assembly.conflict.not-a-record");
        }
        boolean ownAct = casts.stream().anyMatch(c -> c.channel() != BallotChannel.PROXY);
        if (channel == BallotChannel.PROXY && ownAct) {
            return Optional.of("assembly.conflict.proxy-over-own");
        }
        return Optional.empty();
    }

    /** Whether a record survives a resolution that let {@code channel}/{@code reference} stand. */
    public static boolean stands(BallotChannel resolved, String resolvedRef, BallotChannel channel, String reference) {
        return resolved == channel && (channel == BallotChannel.ONLINE || resolvedRef.equals(reference));
    }
}
