package cn.shangliang.community;

import cn.shangliang.community.roster.RosterReason;
import cn.shangliang.community.rules.CandidateAreas;
import cn.shangliang.community.rules.RollOptions;
import cn.shangliang.community.rules.UnitRecord;
import cn.shangliang.community.rules.Voter;
import cn.shangliang.community.rules.VoterKind;
import cn.shangliang.community.rules.VoterRoll;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estate's denominators for owners' decisions (DOMAIN.md §1), computed by the shared {@link VoterRoll} rule
 * from the stored roster: total exclusive area and headcount, with the figures behind them.
 */
@ApplicationScoped
public class EstateTotals {

    /**
     * @param totalArea        counted exclusive area in m² (parking only when the estate counts it)
     * @param headcount        owners by head: multi-unit owners, co-owners of a unit and the developer once each
     * @param developerUnits   units the developer still votes for (unsold, or sold but not delivered)
     * @param coOwnedUnits     units counted for co-owners
     * @param multiUnitOwners  voters other than the developer holding more than one unit
     * @param problem          why the roll cannot be computed yet (then the figures are zero), or null; its
     *                         {@code text(language)} is what people read
     */
    public record Totals(int units, BigDecimal totalArea, int headcount, int developerUnits, int coOwnedUnits,
                         int multiUnitOwners, RosterReason problem) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    public Totals of(Estate estate) {
        Map<Long, UnitData> units = new LinkedHashMap<>();
        List<Long> developers = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            readUnits(c, estate.id, units);
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM owner WHERE estate_id = ? AND kind = 'DEVELOPER'")) {
                ps.setLong(1, estate.id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        developers.add(rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the roster of estate " + estate.id, e);
        }
        return compute(units, developers.size() == 1 ? developers.get(0) : null, estate.parkingCounts);
    }

    private record Share(long ownerId, OwnerKind kind, boolean designated) {
    }

    private static final class UnitData {
        String building;
        String label;
        BigDecimal area;
        AreaSource source;
        boolean parking;
        boolean delivered;
        final List<Share> shares = new ArrayList<>();
    }

    private static void readUnits(Connection c, long estateId, Map<Long, UnitData> units) throws SQLException {
        String sql = "SELECT u.id, b.name, u.number, u.area_m2, u.area_source, u.parking, u.delivered, "
                + "o.owner_id, w.kind, o.designated_voter FROM unit u JOIN building b ON b.id = u.building_id "
                + "LEFT JOIN ownership o ON o.unit_id = u.id LEFT JOIN owner w ON w.id = o.owner_id "
                + "WHERE u.estate_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, estateId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UnitData u = units.computeIfAbsent(rs.getLong(1), k -> new UnitData());
                    u.building = rs.getString(2);
                    u.label = u.building + " " + rs.getString(3);
                    u.area = rs.getBigDecimal(4);
                    u.source = AreaSource.valueOf(rs.getString(5));
                    u.parking = rs.getBoolean(6);
                    u.delivered = rs.getBoolean(7);
                    long owner = rs.getLong(8);
                    if (!rs.wasNull()) {
                        u.shares.add(new Share(owner, OwnerKind.valueOf(rs.getString(9)), rs.getBoolean(10)));
                    }
                }
            }
        }
    }

    private static Totals compute(Map<Long, UnitData> units, Long estateDeveloper, boolean parkingCounts) {
        List<UnitRecord> records = new ArrayList<>(units.size());
        for (var entry : units.entrySet()) {
            UnitData u = entry.getValue();
            UnitRecord record = record(entry.getKey(), u, estateDeveloper);
            if (record == null) {
                return failed(units.size(), RosterReason.of("roster.totals.no-developer", u.label));
            }
            records.add(record);
        }
        VoterRoll roll;
        try {
            roll = VoterRoll.compute(records, new RollOptions(parkingCounts));
        } catch (IllegalArgumentException e) {
            return failed(units.size(), RosterReason.of("roster.totals.inconsistent", e.getMessage()));
        }
        int developerUnits = 0;
        int coOwnedUnits = 0;
        int multiUnitOwners = 0;
        for (Voter v : roll.voters()) {
            if (v.kind() == VoterKind.DEVELOPER) {
                developerUnits += v.unitIds().size();
            } else {
                if (v.kind() == VoterKind.CO_OWNERS) {
                    coOwnedUnits += v.unitIds().size();
                }
                if (v.unitIds().size() > 1) {
                    multiUnitOwners++;
                }
            }
        }
        return new Totals(units.size(), BigDecimal.valueOf(roll.totalArea(), 2), roll.headcount(), developerUnits,
                coOwnedUnits, multiUnitOwners, null);
    }

    private static Totals failed(int units, RosterReason problem) {
        return new Totals(units, BigDecimal.ZERO.setScale(2), 0, 0, 0, 0, problem);
    }

    /** The unit as the rule sees it; null when it needs a developer and the estate has no single one. */
    private static UnitRecord record(long id, UnitData u, Long estateDeveloper) {
        CandidateAreas areas = switch (u.source) {
            case REGISTERED -> new CandidateAreas(u.area, null, null);
            case SURVEYED -> new CandidateAreas(null, u.area, null);
            case CONTRACT -> new CandidateAreas(null, null, u.area);
        };
        Share developerShare = u.shares.stream().filter(s -> s.kind() == OwnerKind.DEVELOPER).findFirst().orElse(null);
        boolean sold = developerShare == null && !u.shares.isEmpty();
        Long developer = developerShare != null ? Long.valueOf(developerShare.ownerId()) : estateDeveloper;
        if ((!sold || !u.delivered) && developer == null) {
            return null;
        }
        var developerKey = developer == null ? null : cn.shangliang.community.rules.OwnerRef.developer(key(developer));
        List<cn.shangliang.community.rules.OwnerRef> owners = new ArrayList<>();
        String designated = null;
        if (sold) {
            for (Share s : u.shares) {
                owners.add(new cn.shangliang.community.rules.OwnerRef(key(s.ownerId()),
                        cn.shangliang.community.OwnerKind.valueOf(s.kind().name())));
                if (s.designated()) {
                    designated = key(s.ownerId());
                }
            }
        }
        return new UnitRecord(String.valueOf(id), u.building, areas, u.parking,
                developerKey, owners, designated, sold, sold && u.delivered);
    }

    private static String key(long ownerId) {
        return "o" + ownerId;
    }
}
