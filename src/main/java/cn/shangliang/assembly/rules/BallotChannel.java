package cn.shangliang.assembly.rules;

/** How a ballot reached the count. Online and paper ballots have the same force and are added together. */
public enum BallotChannel {
    ONLINE,
    PAPER,
    PROXY
}
