package cn.shangliang.assembly.rules;

/** How a ballot reached the count. Online and paper ballots have the same force and are added together. */
public enum Channel {
    ONLINE,
    PAPER,
    PROXY
}
