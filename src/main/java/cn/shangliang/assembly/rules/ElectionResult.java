package cn.shangliang.assembly.rules;

import java.util.List;

/**
 * The result of an owners' committee election.
 *
 * @param voidBallots  voters whose ballot agreed with more candidates than there are seats: they took
 *                     part but agreed with nobody, sorted
 * @param candidates   passed candidates by rank (a tie by name), then the others by agreeing area,
 *                     agreeing heads and name
 */
public record ElectionResult(int seats, List<String> voidBallots, List<CandidateResult> candidates) {

    public ElectionResult {
        voidBallots = List.copyOf(voidBallots);
        candidates = List.copyOf(candidates);
    }

    public List<String> elected() {
        return names(CandidateOutcome.ELECTED);
    }

    public List<String> runoff() {
        return names(CandidateOutcome.RUNOFF);
    }

    /** Seats left to fill by a run-off among the {@link CandidateOutcome#RUNOFF} candidates. */
    public int runoffSeats() {
        return runoff().isEmpty() ? 0 : seats - elected().size();
    }

    /** The quorum, the same for every candidate: taking part in the election is taking part for each. */
    public Quorum quorum() {
        return candidates.get(0).tally().quorum();
    }

    private List<String> names(CandidateOutcome outcome) {
        return candidates.stream().filter(c -> c.outcome() == outcome).map(CandidateResult::candidate).toList();
    }
}
