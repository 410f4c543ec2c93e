package cn.shangliang.community.roster;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a roster file into text rows: XLSX (first sheet) when the bytes are a zip, else CSV in UTF-8 (with or
 * without BOM) or, when not valid UTF-8, GB18030 as Excel saves CSV on Chinese Windows.
 */
public final class RosterReader {

    public static final int MAX_ROWS = 50_000;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private RosterReader() {
    }

    public static RosterSheet read(byte[] content) {
        if (content == null || content.length == 0) {
            return RosterSheet.failed("文件为空");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(content)) {
            return xlsx(content);
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            return RosterSheet.failed("不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV");
        }
        return fromLines(Csv.parse(decode(content)));
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }

    private static RosterSheet xlsx(byte[] content) {
        List<Csv.Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                lines.add(new Csv.Line(row.getRowNum(), cells));
            });
        } catch (IOException | RuntimeException e) {
            return RosterSheet.failed("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
        }
        return fromLines(lines);
    }

    /** Numbers come back exactly as typed (89.5, not 89.500000001); everything else as its text. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static RosterSheet fromLines(List<Csv.Line> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).blank()) {
            first++;
        }
        if (first == lines.size()) {
            return RosterSheet.failed("文件中没有表头和数据");
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
                return RosterSheet.failed("文件超过 " + MAX_ROWS + " 行，请分批导入");
            }
            Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
            for (int i = 0; i < line.cells().size(); i++) {
                String value = line.cells().get(i);
                if (i < columns.length && columns[i] != null) {
                    cells.put(columns[i], value);
                } else if (!value.isBlank()) {
                    errors.add(new RowError(line.number(), "第 " + (i + 1) + " 列没有表头，但有内容"));
                }
            }
            rows.add(new RawRow(line.number(), cells));
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
                errors.add(new RowError(header.number(), "无法识别的列名：" + name.strip()));
            } else if (seen.put(column.get(), true) != null) {
                errors.add(new RowError(header.number(), "列重复：" + name.strip()));
            } else {
                columns[i] = column.get();
            }
        }
        for (RosterColumn required : RosterColumn.requiredColumns()) {
            if (!seen.containsKey(required)) {
                errors.add(new RowError(header.number(), "缺少必填列：" + required.chinese() + "（" + required.english() + "）"));
            }
        }
        return columns;
    }
}
