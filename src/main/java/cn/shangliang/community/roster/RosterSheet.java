package cn.shangliang.community.roster;

import java.util.List;

/** What a roster file holds: its data rows, or why the file as a whole cannot be read. */
public record RosterSheet(List<RawRow> rows, List<RowError> fileErrors) {

    public static RosterSheet failed(RosterReason reason) {
        return new RosterSheet(List.of(), List.of(new RowError(1, reason)));
    }

    public static RosterSheet failed(String code, Object... args) {
        return failed(RosterReason.of(code, args));
    }
}
