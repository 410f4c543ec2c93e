package cn.shangliang.assembly.rules;

/** What an owners' committee election did for one candidate. */
public enum CandidateOutcome {
    ELECTED,
    /** Passed, but tied with others for the last seats: those seats go to a run-off. */
    RUNOFF,
    /** Passed, but ranked below the seats. */
    NOT_ELECTED,
    /** Did not reach the fraction in area or headcount, or the quorum was not met. */
    NOT_PASSED
}
