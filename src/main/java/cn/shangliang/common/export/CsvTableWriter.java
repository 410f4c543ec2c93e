package cn.shangliang.common.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel on Chinese Windows reads it: UTF-8 with a byte-order mark (without it Excel guesses GBK and
 * shows mojibake), CRLF line ends, RFC 4180 quoting. An identifier made only of digits gets a leading tab, the
 * one mark Excel honours in CSV to keep "0101" or a long number as text; XLSX needs no such mark.
 */
final class CsvTableWriter implements TableWriter {

    private final List<Column> columns;
    private final CSVPrinter printer;

    CsvTableWriter(List<Column> columns, OutputStream out) throws IOException {
        this.columns = columns;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(columns.stream().map(c -> CellText.neutralise(c.heading())).toList());
    }

    @Override
    public void row(List<?> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ColumnKind kind = columns.get(i).kind();
            String text = CellText.of(values.get(i), kind);
            cells.add(kind == ColumnKind.IDENTIFIER && CellText.looksNumeric(text) ? "\t" + text : text);
        }
        printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
        printer.close(true);
    }
}
