package cn.shangliang.common.audit;

import cn.shangliang.common.export.Column;
import cn.shangliang.common.export.Downloads;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportMessages;

import java.util.Arrays;
import java.util.List;

/** The audit log as a file: every entry with its chain position and hash, so the file itself can be re-verified. */
final class AuditExport {

    private static final String SQL = """
            SELECT id, occurred_at, actor, action, entity_type, entity_id, summary, seq, hash
            FROM audit_entry ORDER BY id""";

    private AuditExport() {
    }

    static Export of(ExportMessages m, Downloads downloads) {
        List<Column> columns = List.of(Column.number(m.number()), Column.time(m.occurred_at()), Column.text(m.actor()),
                Column.text(m.action()), Column.text(m.entity_type()), Column.id(m.entity_id()), Column.text(m.summary()),
                Column.number(m.seq()), Column.id(m.hash()));
        return new Export("audit-log", m.sheet_audit(), columns, downloads.query(SQL, List.of(), rs -> Arrays.asList(
                rs.getLong(1), Downloads.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8), rs.getString(9))));
    }
}
