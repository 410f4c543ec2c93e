package cn.shangliang.community.roster;

import java.util.Map;

/** One data line of a roster file as text, keyed by column, with its line number in the file. */
public record RawRow(int line, Map<RosterColumn, String> cells) {

    public String get(RosterColumn column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
