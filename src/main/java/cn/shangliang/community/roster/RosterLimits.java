package cn.shangliang.community.roster;

/**
 * How much of a roster file is read at most, counted while streaming so that a small compressed file cannot
 * unpack into millions of rows (a 1.7 MB XLSX once made the app read 12 million rows, 2.3 GB of heap, before the
 * row limit applied). Whatever passes these limits holds at most {@value #MAX_CELL_CHARS} characters of cells.
 */
final class RosterLimits {

    /** Lines read, blank ones and the rows above the header included. */
    static final int MAX_LINES = RosterReader.MAX_ROWS + RosterReader.HEADER_SEARCH + 1;
    /** Cells in one line (a roster has about fifteen columns). */
    static final int MAX_COLUMNS = 64;
    /** Characters of all cells together. */
    static final long MAX_CELL_CHARS = 16_000_000L;
    /** Bytes of an XLSX once unzipped (all its parts together). */
    static final long MAX_UNZIPPED_BYTES = 128L * 1024 * 1024;

    private long lines;
    private long chars;

    /** A file past a limit: what to tell the person who sent it. */
    static final class TooLarge extends RuntimeException {
        final transient RosterReason reason;

        TooLarge(String code, Object... args) {
            super(code, null, false, false);
            this.reason = RosterReason.of(code, args);
        }
    }

    /** Counts one line of {@code cells} cells; refuses the file when a limit is passed. */
    void line(int cells) {
        if (++lines > MAX_LINES) {
            throw new TooLarge("roster.too-many-rows", RosterReader.MAX_ROWS);
        }
        if (cells > MAX_COLUMNS) {
            throw new TooLarge("roster.too-many-columns", MAX_COLUMNS);
        }
    }

    /** Counts the characters of one cell. */
    void cell(int length) {
        chars += length;
        if (chars > MAX_CELL_CHARS) {
            throw new TooLarge("roster.too-much-text", MAX_CELL_CHARS / 1_000_000);
        }
    }
}
