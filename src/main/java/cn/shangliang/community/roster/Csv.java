package cn.shangliang.community.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 4180 CSV: comma separated, double quotes around fields that hold commas, quotes or line breaks. The same
 * with tabs reads Excel's "Unicode text" export.
 */
final class Csv {

    /**
     * One record and the file line it starts on (a quoted field may span several lines). {@code numeric} and
     * {@code zeroPadded} name the cells (by index) a spreadsheet stored as numbers, and those of them whose
     * display format shows leading zeros the number does not hold; both are empty for text files.
     */
    record Line(int number, List<String> cells, Set<Integer> numeric, Set<Integer> zeroPadded) {
        Line(int number, List<String> cells) {
            this(number, cells, Set.of(), Set.of());
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private Csv() {
    }

    static List<Line> parse(String text, char delimiter) {
        return parse(text, delimiter, new RosterLimits());
    }

    /** Counts lines and cells against {@code limits} while parsing, so a file of endless blank lines stops early. */
    static List<Line> parse(String text, char delimiter, RosterLimits limits) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int recordStart = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                limits.cell(cell.length());
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                limits.cell(cell.length());
                cells.add(cell.toString());
                cell.setLength(0);
                limits.line(cells.size());
                lines.add(new Line(recordStart, cells));
                cells = new ArrayList<>();
                lineNumber++;
                recordStart = lineNumber;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            limits.cell(cell.length());
            cells.add(cell.toString());
            limits.line(cells.size());
            lines.add(new Line(recordStart, cells));
        }
        return lines;
    }
}
