package cn.shangliang.common.export;

/** How a column's values are written, so a spreadsheet neither computes nor reformats what it should not. */
public enum ColumnKind {
    /** Free text: neutralised when it would start a formula. */
    TEXT,
    /** Numbers that identify (unit numbers, card numbers, masked identity numbers): always text, leading zeros kept. */
    IDENTIFIER,
    /** A count or an exact decimal: a number cell. */
    NUMBER,
    /** An instant, written as text in China Standard Time (yyyy-MM-dd HH:mm:ss). */
    TIME
}
