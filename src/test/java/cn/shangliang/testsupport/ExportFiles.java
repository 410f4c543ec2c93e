package cn.shangliang.testsupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads exported files back, as a person's spreadsheet would: XLSX cells with their type, CSV records. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** One XLSX cell: its text and whether the file stores it as a number. */
    public record XCell(String text, boolean number) {
    }

    public static List<List<XCell>> xlsx(byte[] file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getFirstSheet();
            List<List<XCell>> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(r -> {
                    List<XCell> cells = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null ? new XCell("", false)
                                : new XCell(cell.getRawValue() == null ? "" : cell.getText(), cell.getType() == CellType.NUMBER));
                    }
                    rows.add(cells);
                });
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a CSV file after checking it starts with the UTF-8 byte-order mark. */
    public static List<CSVRecord> csv(byte[] file) {
        if (file.length < 3 || (file[0] & 0xFF) != 0xEF || (file[1] & 0xFF) != 0xBB || (file[2] & 0xFF) != 0xBF) {
            throw new AssertionError("CSV does not start with the UTF-8 byte-order mark");
        }
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
