package cn.shangliang.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one table row by row straight to the response, so an export of any size holds one row in memory.
 * Open with {@link #open}, add rows, then {@link #finish()}.
 */
public interface TableWriter {

    void row(List<?> values) throws IOException;

    void finish() throws IOException;

    static TableWriter open(ExportFormat format, String sheet, List<Column> columns, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? new CsvTableWriter(columns, out) : new XlsxTableWriter(sheet, columns, out);
    }
}
