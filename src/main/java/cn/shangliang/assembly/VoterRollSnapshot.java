package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.IndexedVoterRoll;
import cn.shangliang.assembly.rules.VoterRollEntry;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.AreaSource;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.rules.CandidateAreas;
import cn.shangliang.community.rules.CountedUnit;
import cn.shangliang.community.rules.OwnerRef;
import cn.shangliang.community.rules.RollOptions;
import cn.shangliang.community.rules.UnitRecord;
import cn.shangliang.community.rules.Voter;
import cn.shangliang.community.rules.VoterRoll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Takes the estate's roster into a decision when its notice is published, and reads it back for counting.
 * The voter roll itself (who counts and how much) is {@link VoterRoll}; this class only maps the community
 * records onto it and stores the outcome, so later roster edits never move an open decision's denominators.
 */
@ApplicationScoped
public class VoterRollSnapshot {

    private static final int BATCH = 500;
    static final String OWNER_PREFIX = "o";

    @Inject
    EntityManager em;

    /** Computes the roll from the estate's current records and stores it under the decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoterRoll take(Decision decision) {
        VoterRoll roll;
        try {
            roll = VoterRoll.compute(records(decision.estateId), new RollOptions(decision.parkingCounts));
        } catch (IllegalArgumentException e) {
            throw DomainException.conflict("roster-inconsistent", e.getMessage());
        }
        if (roll.voters().isEmpty() || roll.totalArea() == 0) {
            throw DomainException.conflict("roster-empty");
        }
        insertVoters(decision.id, roll.voters());
        insertUnits(decision.id, roll.units());
        return roll;
    }

    /** The snapshot as the tally takes it. */
    public IndexedVoterRoll load(long decisionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT voter_key, building, "
                        + "SUM(CASE WHEN area_counts THEN area_centi ELSE 0 END) FROM assembly_roster_unit "
                        + "WHERE decision_id = ?1 GROUP BY voter_key, building")
                .setParameter(1, decisionId).getResultList();
        Map<String, SortedMap<String, Long>> areas = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            areas.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        List<VoterRollEntry> voters = new ArrayList<>(areas.size());
        areas.forEach((key, byBuilding) -> voters.add(new VoterRollEntry(key, byBuilding)));
        return new IndexedVoterRoll(voters);
    }

    /** Voter key to area (0.01 m²) of the snapshot, for listing weights. */
    public Map<String, Long> areas(long decisionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT voter_key, area_centi FROM assembly_roster_voter WHERE decision_id = ?1")
                .setParameter(1, decisionId).getResultList();
        Map<String, Long> areas = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            areas.put((String) row[0], ((Number) row[1]).longValue());
        }
        return areas;
    }

    /**
     * The estate's units with their owners, read as plain rows in one streamed query (no entities: loading and
     * then flushing hundreds of thousands of managed entities made a large snapshot quadratic, issue 17).
     */
    private List<UnitRecord> records(long estateId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<String> developers = new ArrayList<>(1);
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM owner WHERE estate_id = ? AND kind = ?")) {
                st.setLong(1, estateId);
                st.setString(2, OwnerKind.DEVELOPER.name());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        developers.add(OWNER_PREFIX + rs.getLong(1));
                    }
                }
            }
            OwnerRef estateDeveloper = developers.size() == 1 ? new OwnerRef(developers.get(0), OwnerKind.DEVELOPER) : null;
            List<UnitRecord> records = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT u.id, u.number, u.area_m2, u.area_source, u.parking,"
                    + " u.delivered, b.name, w.owner_id, w.designated_voter, o.kind FROM unit u"
                    + " JOIN building b ON b.id = u.building_id LEFT JOIN ownership w ON w.unit_id = u.id"
                    + " LEFT JOIN owner o ON o.id = w.owner_id WHERE u.estate_id = ? ORDER BY u.id, w.id")) {
                st.setLong(1, estateId);
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery()) {
                    UnitRow unit = null;
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (unit == null || unit.id != id) {
                            if (unit != null) {
                                records.add(unit.record(estateDeveloper));
                            }
                            unit = new UnitRow(id, rs.getString(2), rs.getBigDecimal(3), AreaSource.valueOf(rs.getString(4)),
                                    rs.getBoolean(5), rs.getBoolean(6), rs.getString(7));
                        }
                        long owner = rs.getLong(8);
                        if (!rs.wasNull()) {
                            unit.shares.add(new Share(new OwnerRef(OWNER_PREFIX + owner, OwnerKind.valueOf(rs.getString(10))),
                                    rs.getBoolean(9)));
                        }
                    }
                    if (unit != null) {
                        records.add(unit.record(estateDeveloper));
                    }
                }
            }
            return records;
        });
    }

    private record Share(OwnerRef owner, boolean designated) {
    }

    /** One unit's row and its ownership shares, as read. */
    private static final class UnitRow {
        final long id;
        final String number;
        final BigDecimal area;
        final AreaSource source;
        final boolean parking;
        final boolean delivered;
        final String building;
        final List<Share> shares = new ArrayList<>(1);

        UnitRow(long id, String number, BigDecimal area, AreaSource source, boolean parking, boolean delivered,
                String building) {
            this.id = id;
            this.number = number;
            this.area = area;
            this.source = source;
            this.parking = parking;
            this.delivered = delivered;
            this.building = building;
        }

        /**
         * A unit held by the developer is unsold; a unit with buyers is sold, delivered as the unit says, and until
         * delivery counts for the estate's developer. A co-owned unit's voter is designated only when exactly one
         * co-owner is marked: two marks designate nobody rather than pick one.
         */
        UnitRecord record(OwnerRef estateDeveloper) {
            CandidateAreas areas = switch (source) {
                case REGISTERED -> new CandidateAreas(area, null, null);
                case SURVEYED -> new CandidateAreas(null, area, null);
                case CONTRACT -> new CandidateAreas(null, null, area);
            };
            OwnerRef developer = null;
            List<OwnerRef> buyers = new ArrayList<>(shares.size());
            List<String> designated = new ArrayList<>(1);
            for (Share share : shares) {
                if (share.owner().kind() == OwnerKind.DEVELOPER) {
                    developer = share.owner();
                } else {
                    buyers.add(share.owner());
                    if (share.designated()) {
                        designated.add(share.owner().key());
                    }
                }
            }
            if (developer != null && !buyers.isEmpty()) {
                throw DomainException.withCode(409, "roster-inconsistent", "roster-inconsistent.unit", number);
            }
            boolean sold = !buyers.isEmpty();
            return new UnitRecord(String.valueOf(id), building, areas, parking,
                    developer != null ? developer : estateDeveloper, buyers,
                    designated.size() == 1 ? designated.get(0) : null, sold, sold && delivered);
        }
    }

    static Long ownerId(String ownerKey) {
        return ownerKey == null ? null : Long.parseLong(ownerKey.substring(OWNER_PREFIX.length()));
    }

    private void insertVoters(long decisionId, List<Voter> voters) {
        for (int from = 0; from < voters.size(); from += BATCH) {
            List<Voter> batch = voters.subList(from, Math.min(voters.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO assembly_roster_voter "
                    + "(decision_id, voter_key, kind, owner_ids, delegate_owner_id, area_centi) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?)");
            }
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Voter v : batch) {
                query.setParameter(p++, decisionId).setParameter(p++, v.key()).setParameter(p++, v.kind().name())
                        .setParameter(p++, v.ownerKeys().stream().map(k -> String.valueOf(ownerId(k)))
                                .collect(Collectors.joining(",")))
                        .setParameter(p++, ownerId(v.delegate())).setParameter(p++, v.area());
            }
            query.executeUpdate();
        }
    }

    private void insertUnits(long decisionId, List<CountedUnit> units) {
        for (int from = 0; from < units.size(); from += BATCH) {
            List<CountedUnit> batch = units.subList(from, Math.min(units.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO assembly_roster_unit (decision_id, voter_key, unit_id, "
                    + "building, area_centi, area_source, area_counts) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?)");
            }
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (CountedUnit u : batch) {
                query.setParameter(p++, decisionId).setParameter(p++, u.voterKey())
                        .setParameter(p++, Long.parseLong(u.unitId())).setParameter(p++, u.building())
                        .setParameter(p++, u.area().centiM2()).setParameter(p++, u.area().source().name())
                        .setParameter(p++, u.areaCounts());
            }
            query.executeUpdate();
        }
    }
}
