package cn.shangliang.community.roster;

import cn.shangliang.common.text.Typed;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

/**
 * Reads a roster file into text rows: XLSX when the bytes are a zip; UTF-16 with a byte-order mark (Excel's
 * "Unicode text", tab separated); else CSV in UTF-8 (with or without BOM) or, when not valid UTF-8, GB18030 as
 * Excel saves CSV on Chinese Windows, tab separated when the file has more tabs than commas. The header is the
 * first of the top rows that names roster columns, so title rows above it are skipped.
 */
public final class RosterReader {

    public static final int MAX_ROWS = 50_000;
    /** How many rows from the top are searched for the header (title rows and notes above it). */
    static final int HEADER_SEARCH = 20;
    /** A row naming at least this many roster columns is the header. */
    private static final int HEADER_MIN_COLUMNS = 3;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern ZERO_PADDED = Pattern.compile("0{2,}(\\.0+)?");

    private RosterReader() {
    }

    public static RosterSheet read(byte[] content) {
        return read(content, null);
    }

    /**
     * {@code sheet} chooses an XLSX sheet by name or by its number (1 = first); blank: the first sheet whose top
     * rows hold a header, else the first sheet. Text files have one sheet and ignore it.
     */
    public static RosterSheet read(byte[] content, String sheet) {
        if (content == null || content.length == 0) {
            return RosterSheet.failed("roster.file-empty");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(content)) {
            return xlsx(content, sheet == null ? "" : Typed.normalize(sheet).strip());
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            return RosterSheet.failed("roster.xls");
        }
        String text = decode(content);
        try {
            return fromLines(Csv.parse(text, delimiter(text)));
        } catch (RosterLimits.TooLarge e) {
            return RosterSheet.failed(e.reason);
        }
    }

    /**
     * Unzips every part once, counting bytes and keeping none, so a zip bomb is refused after at most
     * {@link RosterLimits#MAX_UNZIPPED_BYTES} of inflating (the sizes a zip declares may lie).
     */
    private static boolean unzipsSmallEnough(byte[] content) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > RosterLimits.MAX_UNZIPPED_BYTES) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            // not readable as a zip: the workbook reader says so in its own words
            return true;
        }
    }

    private static String decode(byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            String text = new String(content, StandardCharsets.UTF_16);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }

    /** Tab when the top of the file has more tabs than commas (Excel's text exports), else comma. */
    private static char delimiter(String text) {
        String top = text.substring(0, Math.min(text.length(), 8192));
        long tabs = top.chars().filter(c -> c == '\t').count();
        long commas = top.chars().filter(c -> c == ',').count();
        return tabs > commas ? '\t' : ',';
    }

    private static RosterSheet xlsx(byte[] content, String wanted) {
        if (!unzipsSmallEnough(content)) {
            return RosterSheet.failed("roster.too-large-unzipped");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                return RosterSheet.failed("roster.no-header");
            }
            if (!wanted.isEmpty()) {
                Sheet chosen = chosen(sheets, wanted);
                if (chosen == null) {
                    return RosterSheet.failed("roster.no-sheet", wanted,
                            RosterReason.list(sheets.stream().map(Sheet::getName).toList()));
                }
                return fromLines(lines(chosen, Long.MAX_VALUE));
            }
            for (Sheet candidate : sheets) {
                if (headerIndex(lines(candidate, HEADER_SEARCH)) >= 0) {
                    return fromLines(lines(candidate, Long.MAX_VALUE));
                }
            }
            return fromLines(lines(sheets.get(0), Long.MAX_VALUE));
        } catch (IOException | RuntimeException e) {
            // the workbook reader may wrap what the row callback threw
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RosterLimits.TooLarge tooLarge) {
                    return RosterSheet.failed(tooLarge.reason);
                }
            }
            return RosterSheet.failed("roster.xlsx-unreadable");
        }
    }

    private static Sheet chosen(List<Sheet> sheets, String wanted) {
        for (Sheet s : sheets) {
            if (s.getName().strip().equals(wanted)) {
                return s;
            }
        }
        if (wanted.matches("[0-9]{1,3}")) {
            int index = Integer.parseInt(wanted) - 1;
            return index >= 0 && index < sheets.size() ? sheets.get(index) : null;
        }
        return null;
    }

    /** The sheet's first {@code limit} rows, counted against {@link RosterLimits} while they stream in. */
    private static List<Csv.Line> lines(Sheet sheet, long limit) throws IOException {
        List<Csv.Line> lines = new ArrayList<>();
        RosterLimits limits = new RosterLimits();
        try (Stream<Row> rows = sheet.openStream()) {
            rows.limit(limit).forEach(row -> {
                limits.line(row.getCellCount());
                List<String> cells = new ArrayList<>();
                Set<Integer> numeric = new HashSet<>();
                Set<Integer> padded = new HashSet<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    String text = text(cell);
                    limits.cell(text.length());
                    cells.add(text);
                    if (cell != null && cell.getType() == CellType.NUMBER) {
                        numeric.add(i);
                        String format = cell.getDataFormatString();
                        if (format != null && ZERO_PADDED.matcher(format).matches()) {
                            padded.add(i);
                        }
                    }
                }
                lines.add(new Csv.Line(row.getRowNum(), cells, numeric, padded));
            });
        }
        return lines;
    }

    /** Numbers come back exactly as stored (89.5, not 89.500000001); everything else as its text. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    /** The index of the header among the top lines: the first naming enough roster columns; -1 when none does. */
    private static int headerIndex(List<Csv.Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH); i++) {
            long named = lines.get(i).cells().stream().filter(c -> RosterColumn.byHeader(c).isPresent()).count();
            if (named >= HEADER_MIN_COLUMNS) {
                return i;
            }
        }
        return -1;
    }

    private static RosterSheet fromLines(List<Csv.Line> lines) {
        int first = headerIndex(lines);
        if (first < 0) {
            // no recognisable header: report the first non-empty line's columns, which says what is wrong
            first = 0;
            while (first < lines.size() && lines.get(first).blank()) {
                first++;
            }
        }
        if (first == lines.size()) {
            return RosterSheet.failed("roster.no-header");
        }
        Csv.Line header = lines.get(first);
        List<RowError> errors = new ArrayList<>();
        RosterColumn[] columns = headerColumns(header, errors);
        if (!errors.isEmpty()) {
            return new RosterSheet(List.of(), errors);
        }
        List<RawRow> rows = new ArrayList<>();
        for (Csv.Line line : lines.subList(first + 1, lines.size())) {
            if (line.blank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return RosterSheet.failed("roster.too-many-rows", MAX_ROWS);
            }
            Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
            Set<RosterColumn> numeric = EnumSet.noneOf(RosterColumn.class);
            Set<RosterColumn> padded = EnumSet.noneOf(RosterColumn.class);
            for (int i = 0; i < line.cells().size(); i++) {
                String value = line.cells().get(i);
                if (i < columns.length && columns[i] != null) {
                    cells.put(columns[i], value);
                    if (line.numeric().contains(i)) {
                        numeric.add(columns[i]);
                    }
                    if (line.zeroPadded().contains(i)) {
                        padded.add(columns[i]);
                    }
                } else if (!value.isBlank()) {
                    errors.add(new RowError(line.number(), RosterReason.of("roster.column-unnamed", i + 1)));
                }
            }
            rows.add(new RawRow(line.number(), cells, numeric, padded));
        }
        return new RosterSheet(rows, errors);
    }

    private static RosterColumn[] headerColumns(Csv.Line header, List<RowError> errors) {
        RosterColumn[] columns = new RosterColumn[header.cells().size()];
        EnumMap<RosterColumn, Boolean> seen = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < columns.length; i++) {
            String name = header.cells().get(i);
            if (name.isBlank()) {
                continue;
            }
            var column = RosterColumn.byHeader(name);
            if (column.isEmpty()) {
                errors.add(new RowError(header.number(), RosterReason.of("roster.column-unknown", name.strip())));
            } else if (seen.put(column.get(), true) != null) {
                errors.add(new RowError(header.number(), RosterReason.of("roster.column-repeated", name.strip())));
            } else {
                columns[i] = column.get();
            }
        }
        for (RosterColumn required : RosterColumn.requiredColumns()) {
            if (!seen.containsKey(required)) {
                errors.add(new RowError(header.number(), RosterReason.of("roster.column-missing", required.chinese(), required.english())));
            }
        }
        return columns;
    }
}
