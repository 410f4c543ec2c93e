package cn.shangliang.budget;

/** Who votes and how: the council approving up to k projects or scoring them, or the residents approving. */
public enum VoteMode {
    COUNCIL_APPROVAL, COUNCIL_SCORE, RESIDENTS_APPROVAL;

    public boolean council() {
        return this != RESIDENTS_APPROVAL;
    }
}
