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
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import java.util.ArrayList;
import java.util.Comparator;
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

    private static final Logger LOG = Logger.getLogger(VoterRollSnapshot.class);
    private static final int BATCH = 10_000;
    static final String OWNER_PREFIX = "o";

    @Inject
    EntityManager em;

    /** Computes the roll from the estate's current records and stores it under the decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoterRoll take(Decision decision) {
        VoterRoll roll;
        long t0 = System.nanoTime();
        List<UnitRecord> records = records(decision.estateId);
        long t1 = System.nanoTime();
        try {
            roll = VoterRoll.compute(records, new RollOptions(decision.parkingCounts));
        } catch (IllegalArgumentException e) {
            throw DomainException.conflict("roster-inconsistent", e.getMessage());
        }
        if (roll.voters().isEmpty() || roll.totalArea() == 0) {
            throw DomainException.conflict("roster-empty");
        }
        long t2 = System.nanoTime();
        insertVoters(decision.id, roll.voters());
        long t3 = System.nanoTime();
        insertUnits(decision.id, roll.units());
        LOG.debugf("roster snapshot of decision %d: read %d units %d ms, roll %d ms, %d voters written %d ms, units %d ms",
                decision.id, records.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, roll.voters().size(),
                (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        return roll;
    }

    /**
     * The snapshot as the tally takes it: the unit rows streamed as they are and added up per voter and building
     * here. Grouping by (voter key, building) in MariaDB needs a temporary table of one wide row per voter, which
     * went to disk for 100,000 voters and took most of a count's time (issue 17).
     */
    public IndexedVoterRoll load(long decisionId) {
        Map<String, SortedMap<String, Long>> areas = em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, SortedMap<String, Long>> byVoter = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT voter_key, building, area_centi, area_counts"
                    + " FROM assembly_roster_unit WHERE decision_id = ?")) {
                st.setLong(1, decisionId);
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        // a building's name once, not once per unit
                        String building = names.computeIfAbsent(rs.getString(2), k -> k);
                        long counted = rs.getBoolean(4) ? rs.getLong(3) : 0;
                        byVoter.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .merge(building, counted, Math::addExact);
                    }
                }
            }
            return byVoter;
        });
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
                    + " u.delivered, b.name, w.owner_id, w.designated_voter, o.kind, w.id FROM unit u"
                    + " JOIN building b ON b.id = u.building_id LEFT JOIN ownership w ON w.unit_id = u.id"
                    + " LEFT JOIN owner o ON o.id = w.owner_id WHERE u.estate_id = ?")) {
                st.setLong(1, estateId);
                st.setFetchSize(1000);
                // no ORDER BY: sorting the wide joined rows made MariaDB spill them to disk; units and shares are put
                // in order here (unit id, then ownership id, as the roll has always read them)
                Map<Long, UnitRow> units = new HashMap<>();
                Map<String, String> buildings = new HashMap<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        UnitRow unit = units.get(id);
                        if (unit == null) {
                            unit = new UnitRow(id, rs.getString(2), rs.getBigDecimal(3), AreaSource.valueOf(rs.getString(4)),
                                    rs.getBoolean(5), rs.getBoolean(6), buildings.computeIfAbsent(rs.getString(7), k -> k));
                            units.put(id, unit);
                        }
                        long owner = rs.getLong(8);
                        if (!rs.wasNull()) {
                            unit.shares.add(new Share(rs.getLong(11), new OwnerRef(OWNER_PREFIX + owner,
                                    OwnerKind.valueOf(rs.getString(10))), rs.getBoolean(9)));
                        }
                    }
                }
                List<UnitRow> sorted = new ArrayList<>(units.values());
                sorted.sort(Comparator.comparingLong(u -> u.id));
                for (UnitRow unit : sorted) {
                    if (unit.shares.size() > 1) {
                        unit.shares.sort(Comparator.comparingLong(Share::id));
                    }
                    records.add(unit.record(estateDeveloper));
                }
            }
            return records;
        });
    }

    private record Share(long id, OwnerRef owner, boolean designated) {
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

    /**
     * Plain JDBC batches: MariaDB Connector/J 3.x sends a batch of inserts as one bulk command
     * ({@code useBulkStmtsForInserts}, on by default), so 100,000 rows are a few round trips with no SQL text
     * to build or parse per row (issue 17: the multi-row statements through Hibernate cost more than the rows).
     */
    private void insertVoters(long decisionId, List<Voter> voters) {
        insertBatched("INSERT INTO assembly_roster_voter (decision_id, voter_key, kind, owner_ids, delegate_owner_id, "
                + "area_centi) VALUES (?,?,?,?,?,?)", voters, (st, v) -> {
            st.setLong(1, decisionId);
            st.setString(2, v.key());
            st.setString(3, v.kind().name());
            st.setString(4, v.ownerKeys().stream().map(k -> String.valueOf(ownerId(k))).collect(Collectors.joining(",")));
            Long delegate = ownerId(v.delegate());
            if (delegate == null) {
                st.setNull(5, Types.BIGINT);
            } else {
                st.setLong(5, delegate);
            }
            st.setLong(6, v.area());
        });
    }

    private void insertUnits(long decisionId, List<CountedUnit> units) {
        // in key order (the roll sorts unit ids as text), so the unique index grows at its end; each id is parsed
        // once, not twice per comparison
        List<Map.Entry<Long, CountedUnit>> byId = new ArrayList<>(units.size());
        for (CountedUnit u : units) {
            byId.add(Map.entry(Long.parseLong(u.unitId()), u));
        }
        byId.sort(Map.Entry.comparingByKey());
        insertBatched("INSERT INTO assembly_roster_unit (decision_id, voter_key, unit_id, building, area_centi, "
                + "area_source, area_counts) VALUES (?,?,?,?,?,?,?)", byId, (st, entry) -> {
            CountedUnit u = entry.getValue();
            st.setLong(1, decisionId);
            st.setString(2, u.voterKey());
            st.setLong(3, entry.getKey());
            st.setString(4, u.building());
            st.setLong(5, u.area().centiM2());
            st.setString(6, u.area().source().name());
            st.setBoolean(7, u.areaCounts());
        });
    }

    /** How one row fills the statement's parameters. */
    private interface RowBinder<T> {
        void bind(PreparedStatement st, T row) throws SQLException;
    }

    /** Inserts {@code rows} in that order, {@value #BATCH} to a JDBC batch. */
    private <T> void insertBatched(String sql, List<T> rows, RowBinder<T> binder) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(st, row);
                    st.addBatch();
                    if (++pending == BATCH) {
                        st.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    st.executeBatch();
                }
            }
        });
    }
}
