package cn.shangliang.assembly;

/** What a receipt code's ballot amounts to now. */
public enum ReceiptStatus {
    /** The voter's effective ballot in a closed count. */
    COUNTED,
    /** The voter's latest ballot; the count has not been done yet. */
    PENDING,
    /** Replaced by a later ballot of the same voter, or withdrawn. */
    SUPERSEDED,
    /** Held out: in conflict with another record of the voter, or outside its mandate. */
    NOT_COUNTED
}
