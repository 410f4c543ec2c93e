package cn.shangliang.ownercard;

import cn.shangliang.common.export.Column;
import cn.shangliang.common.export.Downloads;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportContext;
import cn.shangliang.common.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An estate's owner cards for the archive: number, owner, status, when issued and ended. Never a PIN or its hash.
 * Streamed from SQL, as an estate holds thousands; read by whoever may see the estate's cards page.
 */
@ApplicationScoped
public class OwnerCardExports implements ExportSource {

    private static final String SQL = """
            SELECT c.number, o.name, o.id_masked, c.status, c.pin_change_required, c.failed_attempts, c.issued_at, c.ended_at
            FROM owner_card c JOIN owner o ON o.id = c.owner_id
            WHERE c.estate_id = ? ORDER BY o.name, o.id, c.id""";

    @Inject
    OwnerCardOverview overview;

    @Inject
    Downloads downloads;

    @Override
    public Map<String, Maker> exports() {
        return Map.of("owner-cards", this::cards);
    }

    Export cards(long estateId, ExportContext c) {
        overview.estate(estateId);
        OwnerCardMessages im = c.bundle(OwnerCardMessages.class);
        var m = c.m();
        List<Column> columns = List.of(Column.id(m.card_number()), Column.text(m.owner()), Column.id(m.id_masked()),
                Column.text(m.status()), Column.text(m.pin_change_required()), Column.number(m.failed_attempts()),
                Column.time(m.issued_at()), Column.time(m.ended_at()));
        return new Export("owner-cards-" + estateId, m.sheet_owner_cards(), columns, downloads.query(SQL, List.of(estateId),
                rs -> Arrays.asList(CardNumbers.grouped(rs.getString(1)), rs.getString(2), rs.getString(3),
                        im.status(OwnerCardStatus.valueOf(rs.getString(4))), c.show(rs.getBoolean(5)), rs.getInt(6),
                        Downloads.instant(rs, 7), Downloads.instant(rs, 8))));
    }
}
