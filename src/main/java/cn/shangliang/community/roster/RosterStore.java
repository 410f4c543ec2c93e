package cn.shangliang.community.roster;

import cn.shangliang.community.AreaSource;
import cn.shangliang.community.OwnerKind;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roster of one estate as plain rows, read and written with JDBC batches on the caller's transactional
 * connection: Hibernate cannot batch inserts with IDENTITY ids, and 20,000 units must import in seconds.
 */
final class RosterStore {

    record OwnerRow(long id, OwnerKind kind, String name, String masked, String phone) {
    }

    record UnitRow(long id, long buildingId, String number, BigDecimal area, AreaSource source, boolean parking,
                   boolean delivered) {
    }

    record Share(long ownerId, boolean designated) {
    }

    private final Connection connection;
    private final long estateId;

    RosterStore(Connection connection, long estateId) {
        this.connection = connection;
        this.estateId = estateId;
    }

    Map<String, Long> buildings() throws SQLException {
        Map<String, Long> map = new HashMap<>();
        query("SELECT id, name FROM building WHERE estate_id = ?", rs -> map.put(rs.getString(2), rs.getLong(1)));
        return map;
    }

    /** Owners by identity hash. */
    Map<String, OwnerRow> owners() throws SQLException {
        Map<String, OwnerRow> map = new HashMap<>();
        query("SELECT id, id_hash, kind, name, id_masked, phone FROM owner WHERE estate_id = ?",
                rs -> map.put(rs.getString(2), new OwnerRow(rs.getLong(1), OwnerKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6))));
        return map;
    }

    /** Units by building id and number. */
    Map<String, UnitRow> units() throws SQLException {
        Map<String, UnitRow> map = new HashMap<>();
        query("SELECT id, building_id, number, area_m2, area_source, parking, delivered FROM unit WHERE estate_id = ?",
                rs -> {
                    UnitRow u = new UnitRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                            AreaSource.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getBoolean(7));
                    map.put(unitKey(u.buildingId(), u.number()), u);
                });
        return map;
    }

    /** Ownerships by unit id. */
    Map<Long, List<Share>> shares() throws SQLException {
        Map<Long, List<Share>> map = new HashMap<>();
        query("SELECT o.unit_id, o.owner_id, o.designated_voter FROM ownership o JOIN unit u ON u.id = o.unit_id "
                + "WHERE u.estate_id = ?", rs -> map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Share(rs.getLong(2), rs.getBoolean(3))));
        return map;
    }

    static String unitKey(long buildingId, String number) {
        return buildingId + "\u0000" + number;
    }

    void insertBuildings(List<String> names) throws SQLException {
        batch("INSERT INTO building (estate_id, name) VALUES (?, ?)", names, (ps, name) -> {
            ps.setLong(1, estateId);
            ps.setString(2, name);
        });
    }

    record NewOwner(String hash, OwnerKind kind, String name, String masked, String phone) {
    }

    void insertOwners(List<NewOwner> owners) throws SQLException {
        batch("INSERT INTO owner (estate_id, kind, name, id_hash, id_masked, phone, version) VALUES (?, ?, ?, ?, ?, ?, 0)",
                owners, (ps, o) -> {
                    ps.setLong(1, estateId);
                    ps.setString(2, o.kind().name());
                    ps.setString(3, o.name());
                    ps.setString(4, o.hash());
                    ps.setString(5, o.masked());
                    ps.setString(6, o.phone());
                });
    }

    void updateOwners(List<OwnerRow> owners) throws SQLException {
        batch("UPDATE owner SET kind = ?, name = ?, id_masked = ?, phone = ?, version = version + 1 WHERE id = ?",
                owners, (ps, o) -> {
                    ps.setString(1, o.kind().name());
                    ps.setString(2, o.name());
                    ps.setString(3, o.masked());
                    ps.setString(4, o.phone());
                    ps.setLong(5, o.id());
                });
    }

    void insertUnits(List<UnitRow> units) throws SQLException {
        batch("INSERT INTO unit (estate_id, building_id, number, area_m2, area_source, parking, delivered, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)", units, (ps, u) -> {
                    ps.setLong(1, estateId);
                    ps.setLong(2, u.buildingId());
                    ps.setString(3, u.number());
                    ps.setBigDecimal(4, u.area());
                    ps.setString(5, u.source().name());
                    ps.setBoolean(6, u.parking());
                    ps.setBoolean(7, u.delivered());
                });
    }

    void updateUnits(List<UnitRow> units) throws SQLException {
        batch("UPDATE unit SET area_m2 = ?, area_source = ?, parking = ?, delivered = ?, version = version + 1 "
                + "WHERE id = ?", units, (ps, u) -> {
                    ps.setBigDecimal(1, u.area());
                    ps.setString(2, u.source().name());
                    ps.setBoolean(3, u.parking());
                    ps.setBoolean(4, u.delivered());
                    ps.setLong(5, u.id());
                });
    }

    void deleteShares(List<Long> unitIds) throws SQLException {
        batch("DELETE FROM ownership WHERE unit_id = ?", unitIds, (ps, id) -> ps.setLong(1, id));
    }

    record NewShare(long unitId, long ownerId, boolean designated) {
    }

    void insertShares(List<NewShare> shares) throws SQLException {
        batch("INSERT INTO ownership (unit_id, owner_id, designated_voter) VALUES (?, ?, ?)", shares, (ps, s) -> {
            ps.setLong(1, s.unitId());
            ps.setLong(2, s.ownerId());
            ps.setBoolean(3, s.designated());
        });
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private void query(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, estateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

    private static final int BATCH = 1000;

    private <T> void batch(String sql, List<T> items, Binder<T> binder) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }
}
