package cn.shangliang.common.export;

import java.util.List;

/**
 * One downloadable table: the file name (ASCII, without extension), the sheet name, its columns and where its
 * rows come from. Built by a feature's service after it has checked the visitor may see it.
 */
public record Export(String fileName, String sheet, List<Column> columns, RowSource rows) {

    /** Produces the rows while the file is being written, one at a time. */
    @FunctionalInterface
    public interface RowSource {
        void emit(RowSink sink) throws Exception;
    }

    @FunctionalInterface
    public interface RowSink {
        void row(List<?> values) throws Exception;
    }

    /** Rows already in memory (small exports such as one meeting's attendance). */
    public static RowSource of(List<? extends List<?>> rows) {
        return sink -> {
            for (List<?> row : rows) {
                sink.row(row);
            }
        };
    }
}
