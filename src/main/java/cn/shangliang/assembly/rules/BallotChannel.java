package cn.shangliang.assembly.rules;

/** How a ballot reached the count. Online and paper ballots have the same force and are added together. */
public enum BallotChannel {
    ONLINE,
    PAPER,
    PROXY;

    /** Online and proxy ballots are given a receipt code that finds their leaf; a paper entry has its sheet number. */
    public boolean issuesReceipts() {
        return this != PAPER;
    }
}
