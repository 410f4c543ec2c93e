package cn.shangliang.assembly.rules;

/**
 * One candidate's count in an owners' committee election.
 *
 * @param rank 1-based rank among the candidates that passed, equal for a tie; 0 if not passed
 */
public record CandidateResult(String candidate, TallyResult tally, int rank, CandidateOutcome outcome) {
}
