package cn.shangliang.assembly.rules;

import java.util.Set;

/**
 * The estate's "silent owners follow the majority" (从众) clause, 指导规则 Art. 26 ¶2. Off unless the
 * estate's rules contain it; courts contest it, so the deemed tally is only ever shown beside the raw one.
 *
 * @param citation       the clause of the estate's rules that allows it, shown with the deemed tally
 * @param silentDelivered voters with recorded delivery of the ballot and no ballot of any kind on
 *                       record — not even a pending paper entry, a conflict or a rejected proxy ballot
 *                       (see {@link CountableBallots#voterKeysOnRecord()}): an owner who tried to vote is not silent
 */
public record SilentMajorityClause(String citation, Set<String> silentDelivered) {

    public SilentMajorityClause {
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("the clause must be cited");
        }
        silentDelivered = Set.copyOf(silentDelivered);
    }
}
