package cn.shangliang.assembly.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owners' committee elections (民法典 Art. 278 ¶1 item 3): each candidate is a question of its own,
 * passing with more than half of the participating area and headcount; the candidates that pass fill
 * the seats by rank. See docs/rules/assembly-tally.md for the rules we chose where the law is silent.
 */
public final class CommitteeElection {

    /** More agreeing area first, then more agreeing heads: our tie rule, a run-off beyond that. */
    private static final Comparator<CandidateResult> BY_SUPPORT = Comparator
            .comparingLong((CandidateResult c) -> c.tally().agree().area()).reversed()
            .thenComparing(Comparator.comparingLong((CandidateResult c) -> c.tally().agree().heads()).reversed());

    private CommitteeElection() {
    }

    /**
     * Counts an election.
     *
     * @param ballots voter key to that voter's choice per candidate; a candidate left unmarked on a
     *                ballot is an abstention on that candidate
     * @param seats   the number of seats to fill, at least 1
     */
    public static ElectionResult elect(IndexedVoterRoll roster, Map<String, Map<String, Choice>> ballots,
                                      List<String> candidates, int seats) {
        Set<String> known = requireCandidates(candidates, seats);
        Tally.requireOnRoster(roster, ballots.keySet());
        Set<String> voided = new TreeSet<>();
        ballots.forEach((voter, marks) -> {
            if (agreements(voter, marks, known) > seats) {
                voided.add(voter);
            }
        });
        List<CandidateResult> passed = new ArrayList<>();
        List<CandidateResult> failed = new ArrayList<>();
        for (String candidate : candidates) {
            TallyResult tally = Tally.count(MatterType.OWNERS_COMMITTEE.threshold(), roster, voter -> {
                Map<String, Choice> marks = ballots.get(voter);
                if (marks == null) {
                    return null;
                }
                return voided.contains(voter) ? Choice.ABSTAIN : marks.getOrDefault(candidate, Choice.ABSTAIN);
            });
            CandidateResult counted = new CandidateResult(candidate, tally, 0, CandidateOutcome.NOT_PASSED);
            (tally.passed() ? passed : failed).add(counted);
        }
        Comparator<CandidateResult> order = BY_SUPPORT.thenComparing(CandidateResult::candidate);
        passed.sort(order);
        failed.sort(order);
        List<CandidateResult> ranked = new ArrayList<>(candidates.size());
        seatByRank(passed, seats, ranked);
        ranked.addAll(failed);
        return new ElectionResult(seats, List.copyOf(voided), ranked);
    }

    /** Gives seats to groups of equal support in rank order. */
    private static void seatByRank(List<CandidateResult> passed, int seats, List<CandidateResult> ranked) {
        int seatsLeft = seats;
        int start = 0;
        while (start < passed.size()) {
            int end = start + 1;
            while (end < passed.size() && BY_SUPPORT.compare(passed.get(start), passed.get(end)) == 0) {
                end++;
            }
            int group = end - start;
            CandidateOutcome outcome;
            if (group <= seatsLeft) {
                outcome = CandidateOutcome.ELECTED;
                seatsLeft -= group;
            } else if (seatsLeft > 0) {
                outcome = CandidateOutcome.RUNOFF;
                seatsLeft = 0;
            } else {
                outcome = CandidateOutcome.NOT_ELECTED;
            }
            for (CandidateResult c : passed.subList(start, end)) {
                ranked.add(new CandidateResult(c.candidate(), c.tally(), start + 1, outcome));
            }
            start = end;
        }
    }

    private static Set<String> requireCandidates(List<String> candidates, int seats) {
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1: " + seats);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        Set<String> known = new HashSet<>();
        for (String c : candidates) {
            if (c == null || c.isBlank() || !known.add(c)) {
                throw new IllegalArgumentException("candidate blank or listed twice: " + c);
            }
        }
        return known;
    }

    private static int agreements(String voter, Map<String, Choice> marks, Set<String> known) {
        if (marks == null) {
            throw new IllegalArgumentException("voter " + voter + " has a ballot without marks");
        }
        int agreed = 0;
        for (Map.Entry<String, Choice> mark : marks.entrySet()) {
            if (!known.contains(mark.getKey()) || mark.getValue() == null) {
                throw new IllegalArgumentException("voter " + voter + ": bad mark " + mark);
            }
            if (mark.getValue() == Choice.AGREE) {
                agreed++;
            }
        }
        return agreed;
    }
}
