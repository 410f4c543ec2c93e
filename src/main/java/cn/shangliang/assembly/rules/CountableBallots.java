package cn.shangliang.assembly.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The effective ballots of one question and everything that kept a record from counting. A result is
 * final only when {@link #conflicts()} and {@link #pendingPaper()} are empty.
 *
 * @param effective         one ballot per voter, by voter key
 * @param voterKeysOnRecord every voter that appears in any record (including withdrawals, mandates,
 *                          pending and rejected ballots): none of them is silent
 */
public record CountableBallots<T>(
        SortedMap<String, EffectiveBallot<T>> effective,
        List<Conflict<T>> conflicts,
        List<PendingPaper<T>> pendingPaper,
        List<RejectedProxyBallot<T>> rejectedProxy,
        Set<String> voterKeysOnRecord) {

    public CountableBallots {
        effective = Collections.unmodifiableSortedMap(new TreeMap<>(effective));
        conflicts = List.copyOf(conflicts);
        pendingPaper = List.copyOf(pendingPaper);
        rejectedProxy = List.copyOf(rejectedProxy);
        voterKeysOnRecord = Set.copyOf(voterKeysOnRecord);
    }

    /**
     * Voter key to choice, as {@link Tally#decide} and {@link CommitteeElection#elect} take them; in key
     * order, and hashed because the tally looks up every voter of the roster.
     */
    public Map<String, T> choices() {
        Map<String, T> choices = new LinkedHashMap<>(effective.size() * 2);
        effective.forEach((voter, ballot) -> choices.put(voter, ballot.choice()));
        return choices;
    }
}
