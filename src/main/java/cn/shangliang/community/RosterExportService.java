package cn.shangliang.community;

import cn.shangliang.common.export.Column;
import cn.shangliang.common.export.Downloads;
import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * The estate roster as a file for the archive or the subdistrict: one row per unit and owner, buildings and
 * units in natural order. Identity numbers are only ever the stored masked form; phones are masked here too.
 * Who may read the roster page may download it; each download is audited, as it carries personal data.
 */
@ApplicationScoped
public class RosterExportService {

    private static final String SQL = """
            SELECT b.name, u.number, u.area_m2, u.area_source, u.parking, u.delivered,
                   o.name, o.kind, o.id_masked, o.phone, os.designated_voter
            FROM unit u JOIN building b ON b.id = u.building_id
            LEFT JOIN ownership os ON os.unit_id = u.id LEFT JOIN owner o ON o.id = os.owner_id
            WHERE u.estate_id = ?
            ORDER BY natural_sort_key(b.name), natural_sort_key(u.number), u.id, o.id""";

    @Inject
    CommunityAccess access;

    @Inject
    Downloads downloads;

    @Transactional
    public Export roster(long estateId, ExportMessages m) {
        Estate estate = access.readEstate(estateId);
        access.audit("community.roster-export", "estate", estate.id, estate.name);
        List<Column> columns = List.of(Column.text(m.building()), Column.id(m.unit()), Column.number(m.area_m2()),
                Column.text(m.area_source()), Column.text(m.parking()), Column.text(m.delivered()), Column.text(m.owner()),
                Column.text(m.owner_kind()), Column.id(m.id_masked()), Column.id(m.phone_masked()),
                Column.text(m.designated_voter()));
        return new Export("roster-" + estate.id, m.sheet_roster(), columns, downloads.query(SQL, List.of(estate.id), rs -> {
            boolean owned = rs.getString(7) != null;
            return Arrays.asList(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                    yesNo(rs.getBoolean(5), m), yesNo(rs.getBoolean(6), m), rs.getString(7), rs.getString(8),
                    rs.getString(9), maskPhone(rs.getString(10)), owned ? yesNo(rs.getBoolean(11), m) : null);
        }));
    }

    private static String yesNo(boolean value, ExportMessages m) {
        return value ? m.yes() : m.no();
    }

    /** 13812345678 → 138****5678: enough for staff to recognise a number, not to call it from a leaked file. */
    static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        return p.length() <= 7 ? "*".repeat(p.length()) : p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
