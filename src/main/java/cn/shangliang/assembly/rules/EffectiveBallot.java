package cn.shangliang.assembly.rules;

import java.util.List;

/**
 * The one ballot that counts for a voter.
 *
 * @param casts every cast behind it; more than one only when they all carry the same choice, which is
 *              then counted once
 */
public record EffectiveBallot<T>(String voterKey, T choice, List<Cast<T>> casts) {

    public EffectiveBallot {
        casts = List.copyOf(casts);
    }
}
