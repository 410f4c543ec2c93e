package cn.shangliang.community.roster;

import cn.shangliang.common.text.Typed;

import java.util.Map;
import java.util.Set;

/**
 * One data line of a roster file as text, keyed by column, with its line number in the file. {@code numeric}
 * names the columns whose cell a spreadsheet stored as a number, {@code zeroPadded} those of them displayed with
 * leading zeros the number does not hold (see {@link Csv.Line}).
 */
public record RawRow(int line, Map<RosterColumn, String> cells, Set<RosterColumn> numeric,
                     Set<RosterColumn> zeroPadded) {

    public RawRow(int line, Map<RosterColumn, String> cells) {
        this(line, cells, Set.of(), Set.of());
    }

    /** The cell as NFKC text without surrounding spaces, so full-width digits read as digits. */
    public String get(RosterColumn column) {
        String value = cells.get(column);
        return value == null ? "" : Typed.normalize(value).strip();
    }

    public boolean numeric(RosterColumn column) {
        return numeric.contains(column);
    }
}
