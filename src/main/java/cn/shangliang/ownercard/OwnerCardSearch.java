package cn.shangliang.ownercard;

import cn.shangliang.common.text.Typed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding an owner on the cards page the way staff hear of them (issue 19): by flat ("3栋1502", "1502"), by name
 * or by card number, and the flats of each owner, since one name can belong to several people of an estate.
 */
@ApplicationScoped
public class OwnerCardSearch {

    @Inject
    EntityManager em;

    /** Owner ids of the estate matching {@code typed} (all when blank), by name then id, one page. */
    List<Long> ownerIds(long estateId, String typed, int page, int pageSize) {
        String q = fold(typed);
        String where = q.isEmpty() ? "" : " AND (o.name LIKE :q ESCAPE '!'"
                + " OR EXISTS (SELECT 1 FROM ownership os JOIN unit u ON u.id = os.unit_id JOIN building b ON b.id = u.building_id"
                + "  WHERE os.owner_id = o.id AND (REPLACE(CONCAT(b.name, u.number), ' ', '') LIKE :q ESCAPE '!'"
                + "  OR u.number LIKE :q ESCAPE '!'))"
                + " OR EXISTS (SELECT 1 FROM owner_card c WHERE c.owner_id = o.id AND c.number LIKE :card ESCAPE '!'))";
        var query = em.createNativeQuery("SELECT o.id FROM owner o WHERE o.estate_id = :estate" + where
                        + " ORDER BY o.name, o.id LIMIT :limit OFFSET :offset")
                .setParameter("estate", estateId).setParameter("limit", pageSize).setParameter("offset", Math.max(page, 0) * pageSize);
        if (!q.isEmpty()) {
            query.setParameter("q", like(q));
            // card numbers are shown grouped ("1234-5678-9012"); staff copy them either way
            query.setParameter("card", like(q.replace("-", "")));
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private static String like(String q) {
        return "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Each owner's flats, as "3栋1502", in building and unit order. */
    Map<Long, List<String>> flats(List<Long> ownerIds) {
        Map<Long, List<String>> flats = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return flats;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT os.owner_id, b.name, u.number FROM ownership os"
                        + " JOIN unit u ON u.id = os.unit_id JOIN building b ON b.id = u.building_id"
                        + " WHERE os.owner_id IN (?1) ORDER BY b.name, u.number")
                .setParameter(1, ownerIds).getResultList();
        for (Object[] row : rows) {
            flats.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row[1] + (String) row[2]);
        }
        return flats;
    }

    /** What was typed, with full-width digits and letters made plain and spaces dropped. */
    static String fold(String typed) {
        return typed == null ? "" : Typed.normalize(typed).replaceAll("\\s+", "");
    }
}
