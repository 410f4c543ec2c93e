package cn.shangliang.assembly;

/** What an owner can do with a decision now. */
public enum Phase {
    /** Being prepared by staff; not public. */
    DRAFT,
    /** Published; the notice period runs and voting has not opened. */
    NOTICE,
    /** Owners may vote. */
    VOTING,
    /** The window has ended; the result is being counted. */
    COUNTING,
    CLOSED,
    CANCELLED
}
