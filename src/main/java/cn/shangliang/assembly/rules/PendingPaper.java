package cn.shangliang.assembly.rules;

import java.util.List;

/** A paper sheet that does not count yet, with its entries and why. */
public record PendingPaper<T>(String sheetId, Reason reason, List<PaperEntry<T>> entries) {

    public PendingPaper {
        entries = List.copyOf(entries);
    }

    public enum Reason {
        /** Entered once; needs a second entry by another staff account. */
        SINGLE_ENTRY,
        /** Entered more than once but all by one staff account; needs an entry by another. */
        SAME_STAFF,
        /** Entries differ in voter or choice; the sheet must be checked and the wrong entry voided. */
        ENTRIES_DISAGREE
    }
}
