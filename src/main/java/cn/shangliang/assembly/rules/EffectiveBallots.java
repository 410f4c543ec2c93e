package cn.shangliang.assembly.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Resolves every recorded ballot of one question to at most one effective ballot per voter.
 *
 * <ul>
 *   <li>Online: the latest ballot counts; a withdrawal as the latest leaves none.</li>
 *   <li>Paper: a sheet counts once two different staff accounts entered it and all its entries agree;
 *       otherwise it is pending.</li>
 *   <li>Proxy: a ballot counts only under a mandate on record, as instructed if the mandate instructs,
 *       and only for the first owners (by mandate registration) up to the proxy cap; the latest valid
 *       ballot per mandate counts.</li>
 *   <li>A voter with casts from several sources is counted once if they all carry the same choice. If
 *       they differ, it is a conflict and <b>none counts while it is open</b>: picking one would decide
 *       the owner's will without evidence, and leaving the voter out can only make a decision less
 *       likely to pass, never pass one the owners did not carry.</li>
 * </ul>
 *
 * Choices are compared with {@code equals}: {@code T} is {@link Choice} for a decision and a
 * candidate-to-choice map for an election.
 */
public final class EffectiveBallots {

    private EffectiveBallots() {
    }

    /** @param proxyCap the most owners one proxy may represent; empty for no cap */
    public static <T> CountableBallots<T> resolve(BallotRecords<T> records, OptionalInt proxyCap) {
        Set<String> onRecord = new HashSet<>();
        Map<String, List<Cast<T>>> casts = new TreeMap<>();
        addOnline(records.online(), casts, onRecord);
        List<PendingPaper<T>> pending = addPaper(records.paper(), casts, onRecord);
        List<RejectedProxyBallot<T>> rejected = addProxy(records, proxyCap, casts, onRecord);
        SortedMap<String, EffectiveBallot<T>> effective = new TreeMap<>();
        List<Conflict<T>> conflicts = new ArrayList<>();
        casts.forEach((voter, voterCasts) -> {
            if (sameChoice(voterCasts)) {
                effective.put(voter, new EffectiveBallot<>(voter, voterCasts.get(0).choice(), voterCasts));
            } else {
                conflicts.add(new Conflict<>(voter, voterCasts));
            }
        });
        return new CountableBallots<>(effective, conflicts, pending, rejected, onRecord);
    }

    /** Whether every cast carries the same choice (a loop: a stream per voter cost a tenth of a large count). */
    private static <T> boolean sameChoice(List<Cast<T>> voterCasts) {
        T first = voterCasts.get(0).choice();
        for (int i = 1; i < voterCasts.size(); i++) {
            if (!Objects.equals(voterCasts.get(i).choice(), first)) {
                return false;
            }
        }
        return true;
    }

    private static <T> void addOnline(List<OnlineBallot<T>> online, Map<String, List<Cast<T>>> casts,
                                      Set<String> onRecord) {
        Comparator<OnlineBallot<T>> order = Comparator.comparing((OnlineBallot<T> b) -> b.castAt())
                .thenComparingLong(OnlineBallot::sequence);
        Set<Long> sequences = new HashSet<>();
        Map<String, OnlineBallot<T>> latest = new TreeMap<>();
        for (OnlineBallot<T> ballot : online) {
            if (!sequences.add(ballot.sequence())) {
                throw new IllegalArgumentException("online ballot sequence " + ballot.sequence() + " used twice");
            }
            onRecord.add(ballot.voterKey());
            latest.merge(ballot.voterKey(), ballot, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        latest.forEach((voter, ballot) -> {
            if (ballot.choice() != null) {
                add(casts, voter, new Cast<>(BallotChannel.ONLINE, Long.toString(ballot.sequence()), ballot.choice()));
            }
        });
    }

    private static <T> List<PendingPaper<T>> addPaper(List<PaperEntry<T>> paper, Map<String, List<Cast<T>>> casts,
                                                      Set<String> onRecord) {
        Map<String, List<PaperEntry<T>>> sheets = new TreeMap<>();
        for (PaperEntry<T> entry : paper) {
            onRecord.add(entry.voterKey());
            sheets.computeIfAbsent(entry.sheetId(), s -> new ArrayList<>()).add(entry);
        }
        List<PendingPaper<T>> pending = new ArrayList<>();
        sheets.forEach((sheet, entries) -> {
            PaperEntry<T> first = entries.get(0);
            boolean agree = entries.stream()
                    .allMatch(e -> e.voterKey().equals(first.voterKey()) && e.choice().equals(first.choice()));
            long staff = entries.stream().map(PaperEntry::staffAccount).distinct().count();
            if (!agree) {
                pending.add(new PendingPaper<>(sheet, PendingPaper.Reason.ENTRIES_DISAGREE, entries));
            } else if (entries.size() == 1) {
                pending.add(new PendingPaper<>(sheet, PendingPaper.Reason.SINGLE_ENTRY, entries));
            } else if (staff < 2) {
                pending.add(new PendingPaper<>(sheet, PendingPaper.Reason.SAME_STAFF, entries));
            } else {
                add(casts, first.voterKey(), new Cast<>(BallotChannel.PAPER, sheet, first.choice()));
            }
        });
        return pending;
    }

    private static <T> List<RejectedProxyBallot<T>> addProxy(BallotRecords<T> records, OptionalInt cap,
                                                             Map<String, List<Cast<T>>> casts, Set<String> onRecord) {
        Map<String, ProxyMandate<T>> mandates = new HashMap<>();
        for (ProxyMandate<T> mandate : records.mandates()) {
            if (mandates.put(mandate.mandateId(), mandate) != null) {
                throw new IllegalArgumentException("mandate " + mandate.mandateId() + " listed twice");
            }
            onRecord.add(mandate.voterKey());
        }
        Set<String> overCap = overCap(records.mandates(), cap);
        Map<String, List<ProxyBallot<T>>> byMandate = new TreeMap<>();
        Set<Long> sequences = new HashSet<>();
        for (ProxyBallot<T> ballot : records.proxy()) {
            if (!sequences.add(ballot.sequence())) {
                throw new IllegalArgumentException("proxy ballot sequence " + ballot.sequence() + " used twice");
            }
            byMandate.computeIfAbsent(ballot.mandateId(), m -> new ArrayList<>()).add(ballot);
        }
        Comparator<ProxyBallot<T>> order = Comparator.comparing((ProxyBallot<T> b) -> b.castAt())
                .thenComparingLong(ProxyBallot::sequence);
        List<RejectedProxyBallot<T>> rejected = new ArrayList<>();
        byMandate.forEach((mandateId, ballots) -> {
            ballots.sort(order);
            ProxyMandate<T> mandate = mandates.get(mandateId);
            ProxyBallot<T> latestValid = null;
            for (ProxyBallot<T> ballot : ballots) {
                RejectedProxyBallot.Reason reason = rejection(mandate, ballot, overCap);
                if (reason != null) {
                    rejected.add(new RejectedProxyBallot<>(ballot, reason));
                } else {
                    latestValid = ballot;
                }
            }
            if (latestValid != null) {
                add(casts, mandate.voterKey(), new Cast<>(BallotChannel.PROXY, mandateId, latestValid.choice()));
            }
        });
        return rejected;
    }

    /**
     * A ballot that breaks its mandate is void; it does not undo an earlier ballot that kept to it, and
     * the instruction is not cast in its place: only what was actually cast within the mandate counts.
     */
    private static <T> RejectedProxyBallot.Reason rejection(ProxyMandate<T> mandate, ProxyBallot<T> ballot,
                                                            Set<String> overCap) {
        if (mandate == null) {
            return RejectedProxyBallot.Reason.NO_MANDATE;
        }
        if (overCap.contains(mandate.mandateId())) {
            return RejectedProxyBallot.Reason.OVER_CAP;
        }
        if (mandate.instruction() != null && !mandate.instruction().equals(ballot.choice())) {
            return RejectedProxyBallot.Reason.NOT_AS_INSTRUCTED;
        }
        return null;
    }

    /** Mandates, by proxy in registration order, for owners beyond the first {@code cap} the proxy took on. */
    private static <T> Set<String> overCap(List<ProxyMandate<T>> mandates, OptionalInt cap) {
        Set<String> over = new HashSet<>();
        if (cap.isEmpty()) {
            return over;
        }
        List<ProxyMandate<T>> ordered = new ArrayList<>(mandates);
        ordered.sort(Comparator.comparingLong((ProxyMandate<T> m) -> m.sequence()).thenComparing(ProxyMandate::mandateId));
        Map<String, Set<String>> represented = new HashMap<>();
        for (ProxyMandate<T> mandate : ordered) {
            Set<String> owners = represented.computeIfAbsent(mandate.proxyKey(), p -> new HashSet<>());
            if (!owners.contains(mandate.voterKey()) && owners.size() >= cap.getAsInt()) {
                over.add(mandate.mandateId());
            } else {
                owners.add(mandate.voterKey());
            }
        }
        return over;
    }

    private static <T> void add(Map<String, List<Cast<T>>> casts, String voter, Cast<T> cast) {
        casts.computeIfAbsent(voter, v -> new ArrayList<>()).add(cast);
    }
}
