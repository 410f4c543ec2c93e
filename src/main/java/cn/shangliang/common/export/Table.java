package cn.shangliang.common.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The one way a feature turns the records its page already shows into an export: name each column and say which
 * part of the record goes in it. Enum labels and yes/no come out in the visitor's language; everything else is
 * written by its column kind (so identifiers stay text and formulas are neutralised). The records are the page's
 * records, already filtered by the page's permission and privacy rules, so an export never shows more than the page.
 */
public final class Table<T> {

    private final ExportContext context;
    private final List<Column> columns = new ArrayList<>();
    private final List<Function<? super T, ?>> cells = new ArrayList<>();

    private Table(ExportContext context) {
        this.context = context;
    }

    public static <T> Table<T> of(ExportContext context) {
        return new Table<>(context);
    }

    public Table<T> text(String heading, Function<? super T, ?> cell) {
        return add(Column.text(heading), cell);
    }

    public Table<T> id(String heading, Function<? super T, ?> cell) {
        return add(Column.id(heading), cell);
    }

    public Table<T> number(String heading, Function<? super T, ?> cell) {
        return add(Column.number(heading), cell);
    }

    public Table<T> time(String heading, Function<? super T, ?> cell) {
        return add(Column.time(heading), cell);
    }

    private Table<T> add(Column column, Function<? super T, ?> cell) {
        columns.add(column);
        cells.add(cell);
        return this;
    }

    /** The file of these rows; {@code fileName} is ASCII without extension, {@code sheet} in the visitor's language. */
    public Export export(String fileName, String sheet, Collection<? extends T> rows) {
        List<Column> fixed = List.copyOf(columns);
        List<Function<? super T, ?>> fixedCells = List.copyOf(cells);
        return new Export(fileName, sheet, fixed, sink -> {
            for (T row : rows) {
                List<Object> values = new ArrayList<>(fixedCells.size());
                for (Function<? super T, ?> cell : fixedCells) {
                    values.add(context.show(cell.apply(row)));
                }
                sink.row(values);
            }
        });
    }
}
