package cn.shangliang.budget;

/** Who votes and how: the council approving up to k projects or scoring them, or the residents approving. */
public enum VoteMode {
    COUNCIL_APPROVAL, COUNCIL_SCORE, RESIDENTS_APPROVAL;

    public boolean council() {
        return this != RESIDENTS_APPROVAL;
    }

    /** The residents' vote runs until a deadline, set when staff start it; the council votes in its meeting. */
    public boolean hasDeadline() {
        return this == RESIDENTS_APPROVAL;
    }

    /** Voters give each project points (0 to the cycle's maximum) rather than approve up to k of them. */
    public boolean scored() {
        return this == COUNCIL_SCORE;
    }
}
