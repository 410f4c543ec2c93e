package cn.shangliang.assembly.rules;

/** An owner's choice on a matter, or on one candidate in an election. */
public enum Choice {
    AGREE,
    OPPOSE,
    /** Takes part in the vote (counts toward the quorum and the participating totals) but does not agree. */
    ABSTAIN
}
