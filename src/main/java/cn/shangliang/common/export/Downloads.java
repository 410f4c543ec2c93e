package cn.shangliang.common.export;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.web.Refusal;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link Export} into a streamed download, and offers a streaming SQL row source: the rows are read
 * with a forward-only cursor (the MariaDB driver fetches {@value #FETCH} rows at a time) and written as they
 * come, so a 20,000-unit roster takes the same memory as a ten-unit one.
 */
@ApplicationScoped
public class Downloads {

    private static final int FETCH = 500;

    @Inject
    AgroalDataSource dataSource;

    /** Maps the current row of a result set to the export's values. */
    @FunctionalInterface
    public interface RowMapper {
        List<?> map(ResultSet rs) throws SQLException;
    }

    /** The format a visitor asked for, or a 400 in their language. */
    public static ExportFormat format(String name) {
        return ExportFormat.parse(name).orElseThrow(() -> Refusal.of(RuleViolation.invalid("export.format")));
    }

    public Response file(ExportFormat format, Export export) {
        StreamingOutput body = out -> write(format, export, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "." + format.extension() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    public static void write(ExportFormat format, Export export, OutputStream out) throws IOException {
        TableWriter writer = TableWriter.open(format, export.sheet(), export.columns(), out);
        try {
            export.rows().emit(writer::row);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new WebApplicationException(e);
        }
        writer.finish();
    }

    /** A DATETIME column as the instant it stores: the schema keeps instants in UTC (hibernate jdbc.timezone). */
    public static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.LocalDateTime t = rs.getObject(column, java.time.LocalDateTime.class);
        return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
    }

    /** Rows of one read-only query, streamed; runs when the file is written, on its own connection. */
    public Export.RowSource query(String sql, List<?> params, RowMapper mapper) {
        List<?> args = new ArrayList<>(params);
        return sink -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH);
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.row(mapper.map(rs));
                    }
                }
            }
        };
    }
}
