package cn.shangliang.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain names for a decision's voters (voter keys are internal): the flats of the roster snapshot ("1栋101") and the
 * owners behind each voter (co-owners of a unit). Used wherever a person must recognise a voter: an owner's list of
 * their voting rights, staff finding an owner to enter a paper sheet or a mandate, an inspection's named ballots.
 */
@ApplicationScoped
public class VoterNames {

    /** The most matches a search returns: staff narrow it by typing more. */
    static final int SEARCH_LIMIT = 20;

    @Inject
    EntityManager em;

    /**
     * One voter by plain names.
     *
     * @param name flats, then the owners' names, language-neutral (for JSON and stored texts alike)
     */
    public record VoterName(String voterKey, List<String> flats, List<String> owners, Long delegateOwnerId, String name) {

        static VoterName of(String key, List<String> flats, List<String> owners, Long delegate) {
            String name = String.join(", ", flats) + (owners.isEmpty() ? "" : " \u2014 " + String.join(", ", owners));
            return new VoterName(key, List.copyOf(flats), List.copyOf(owners), delegate, name);
        }
    }

    /** Names of the given voters of a decision (all its voters when {@code keys} is null), in voter key order. */
    public Map<String, VoterName> of(long decisionId, Collection<String> keys) {
        if (keys != null && keys.isEmpty()) {
            return Map.of();
        }
        String only = keys == null ? "" : " AND v.voter_key IN (?2)";
        var voterQuery = em.createNativeQuery("SELECT v.voter_key, v.owner_ids, v.delegate_owner_id FROM assembly_roster_voter v "
                + "WHERE v.decision_id = ?1" + only).setParameter(1, decisionId);
        var flatQuery = em.createNativeQuery("SELECT ru.voter_key, b.name, u.number FROM assembly_roster_unit ru "
                + "JOIN unit u ON u.id = ru.unit_id JOIN building b ON b.id = u.building_id "
                + "WHERE ru.decision_id = ?1" + only.replace("v.", "ru.") + " ORDER BY b.name, u.number").setParameter(1, decisionId);
        if (keys != null) {
            voterQuery.setParameter(2, List.copyOf(keys));
            flatQuery.setParameter(2, List.copyOf(keys));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> voters = voterQuery.getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> flatRows = flatQuery.getResultList();
        Map<String, List<String>> flats = new LinkedHashMap<>();
        for (Object[] row : flatRows) {
            flats.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row[1] + (String) row[2]);
        }
        Map<Long, String> ownerNames = ownerNames(voters);
        Map<String, VoterName> names = new TreeMap<>();
        for (Object[] row : voters) {
            String key = (String) row[0];
            List<String> owners = new ArrayList<>();
            for (String id : ((String) row[1]).split(",")) {
                if (!id.isBlank()) {
                    owners.add(ownerNames.getOrDefault(Long.parseLong(id.trim()), ""));
                }
            }
            Long delegate = row[2] == null ? null : ((Number) row[2]).longValue();
            names.put(key, VoterName.of(key, flats.getOrDefault(key, List.of()), owners, delegate));
        }
        return names;
    }

    public VoterName one(long decisionId, String voterKey) {
        return of(decisionId, List.of(voterKey)).get(voterKey);
    }

    /**
     * Voters whose flat ("1栋101", "101") or owner's name contains what was typed, ignoring case, width and spaces:
     * staff find an owner the way the paper in front of them names them, never by an internal number.
     */
    public List<VoterName> search(long decisionId, String typed) {
        String q = fold(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        List<VoterName> found = new ArrayList<>();
        for (VoterName v : of(decisionId, null).values()) {
            boolean hit = v.flats().stream().anyMatch(f -> fold(f).contains(q))
                    || v.owners().stream().anyMatch(o -> fold(o).contains(q));
            if (hit) {
                found.add(v);
                if (found.size() == SEARCH_LIMIT) {
                    break;
                }
            }
        }
        return found;
    }

    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private Map<Long, String> ownerNames(List<Object[]> voters) {
        List<Long> ids = new ArrayList<>();
        for (Object[] row : voters) {
            for (String id : ((String) row[1]).split(",")) {
                if (!id.isBlank()) {
                    ids.add(Long.parseLong(id.trim()));
                }
            }
        }
        Map<Long, String> names = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            cn.shangliang.community.Owner.<cn.shangliang.community.Owner>list("id in ?1", batch)
                    .forEach(o -> names.put(o.id, o.name));
        }
        return names;
    }
}
