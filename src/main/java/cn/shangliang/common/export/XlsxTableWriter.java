package cn.shangliang.common.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * XLSX through fastexcel's streaming writer: rows are flushed to the response every {@value #FLUSH_EVERY} rows,
 * so memory stays flat. Identifiers and texts are string cells (never numbers, never formulas); counts and
 * exact decimals are number cells.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 500;
    private static final int MAX_SHEET_NAME = 31;

    private final List<Column> columns;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxTableWriter(String sheetName, List<Column> columns, OutputStream out) throws IOException {
        this.columns = columns;
        this.workbook = new Workbook(out, "Shangliang", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, CellText.neutralise(columns.get(c).heading()));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            ColumnKind kind = columns.get(c).kind();
            if (kind == ColumnKind.NUMBER && value instanceof Number n) {
                sheet.value(row, c, n instanceof BigDecimal ? n : n.longValue());
            } else {
                sheet.value(row, c, CellText.of(value, kind));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    /** Excel refuses sheet names over 31 characters or with any of []:*?/\. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.isEmpty() ? "Sheet1" : clean.substring(0, Math.min(clean.length(), MAX_SHEET_NAME));
    }
}
