package cn.shangliang.assembly;

import cn.shangliang.assembly.rules.IndexedVoterRoll;
import cn.shangliang.assembly.rules.VoterRollEntry;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Building;
import cn.shangliang.community.Ownership;
import cn.shangliang.community.Unit;
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

    private List<UnitRecord> records(long estateId) {
        Map<Long, String> buildings = Building.<Building>list("estateId", estateId).stream()
                .collect(Collectors.toMap(b -> b.id, b -> b.name));
        Map<Long, cn.shangliang.community.Owner> owners = cn.shangliang.community.Owner
                .<cn.shangliang.community.Owner>list("estateId", estateId).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        List<cn.shangliang.community.Owner> developers = owners.values().stream()
                .filter(o -> o.kind == cn.shangliang.community.OwnerKind.DEVELOPER).toList();
        OwnerRef estateDeveloper = developers.size() == 1 ? key(developers.get(0)) : null;
        Map<Long, List<Ownership>> ownerships = Ownership.<Ownership>list(
                        "unitId in (select u.id from Unit u where u.estateId = ?1)", estateId).stream()
                .collect(Collectors.groupingBy(o -> o.unitId));
        List<UnitRecord> records = new ArrayList<>();
        for (Unit unit : Unit.<Unit>list("estateId", estateId)) {
            records.add(record(unit, buildings.get(unit.buildingId), ownerships.getOrDefault(unit.id, List.of()),
                    owners, estateDeveloper));
        }
        return records;
    }

    /**
     * A unit held by the developer is unsold; a unit with buyers is sold, delivered as the unit says, and until
     * delivery counts for the estate's developer. A co-owned unit's voter is designated only when exactly one
     * co-owner is marked: two marks designate nobody rather than pick one.
     */
    private static UnitRecord record(Unit unit, String building, List<Ownership> shares,
                                     Map<Long, cn.shangliang.community.Owner> owners, OwnerRef estateDeveloper) {
        CandidateAreas areas = switch (unit.areaSource) {
            case REGISTERED -> new CandidateAreas(unit.areaM2, null, null);
            case SURVEYED -> new CandidateAreas(null, unit.areaM2, null);
            case CONTRACT -> new CandidateAreas(null, null, unit.areaM2);
        };
        String unitId = String.valueOf(unit.id);
        OwnerRef developer = null;
        List<OwnerRef> buyers = new ArrayList<>();
        List<String> designated = new ArrayList<>();
        for (Ownership share : shares) {
            OwnerRef owner = key(owners.get(share.ownerId));
            if (owner.kind() == cn.shangliang.community.OwnerKind.DEVELOPER) {
                developer = owner;
            } else {
                buyers.add(owner);
                if (share.designatedVoter) {
                    designated.add(owner.key());
                }
            }
        }
        if (developer != null && !buyers.isEmpty()) {
            throw DomainException.withCode(409, "roster-inconsistent", "roster-inconsistent.unit", unit.number);
        }
        boolean sold = !buyers.isEmpty();
        return new UnitRecord(unitId, building, areas, unit.parking, developer != null ? developer : estateDeveloper,
                buyers, designated.size() == 1 ? designated.get(0) : null, sold, sold && unit.delivered);
    }

    private static OwnerRef key(cn.shangliang.community.Owner owner) {
        return new OwnerRef(OWNER_PREFIX + owner.id, owner.kind);
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
