package cn.shangliang.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import cn.shangliang.common.text.SearchText;
import cn.shangliang.search.SearchQueries.Group;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Comments, by far the most rows, found through the full-text index over their character pairs
 * ({@code search_grams}) and confirmed by LIKE over the folded text. InnoDB answers "+a +b +c" by reading every
 * pair's whole list of comments and intersecting them, so a query whose pairs are all common but whose whole is
 * rare ("编号99999" when most comments hold 编号 and 99) cost as much as a full scan. So a sample of comments spread
 * evenly over the table first tells how common the query and each of its pairs are:
 * <ul>
 * <li>a common query is read back from the newest comment, the page filled within the first rows (a query of
 * one pair, two characters, tries this first without a sample: there is no pair to choose);</li>
 * <li>otherwise the index is asked for the rare pairs only, rarest first, and LIKE confirms the rest: the
 * result is the same (every match holds every pair), the lists read are short.</li>
 * </ul>
 * The sample is a hint, never a filter: a wrong guess costs time, not results (docs/benchmarks.md, "Search").
 */
@ApplicationScoped
public class CommentSearch {

    /** Comments sampled, evenly spread over the id range: PK reads, a few milliseconds. */
    static final int SAMPLE = 400;
    /** A query in at least this many sampled comments is common: its page is among the newest few hundred. */
    static final int COMMON_QUERY = 8;
    /** A pair in more sampled comments than this is too common to ask the index for (unless all are). */
    static final int COMMON_PAIR = SAMPLE / 5;
    /** Rows a probe for common words may read, newest first. */
    static final int PROBE_ROWS = 5000;
    /** Rows the count of a common word may read; a count cut short is shown as "more than". */
    static final int COUNT_ROWS = 20000;

    private static final String SELECT = "SELECT c.id, '', c.body, c.id FROM comment c ";
    private static final String SHOWN = "c.status = 'VISIBLE' AND c.search_text LIKE ?1";

    @Inject
    EntityManager em;

    /** How common the query and each pair are among the sampled comments (counts out of {@link #SAMPLE} or fewer). */
    record Sample(int query, List<String> grams, int[] pairs) {
    }

    Group group(String pattern, String query, int offset, int size) {
        String folded = SearchText.normalise(query);
        List<String> grams = SearchText.grams(folded).isEmpty() ? List.of() : List.of(SearchText.grams(folded).split(" "));
        if (grams.isEmpty()) {
            return scan(pattern, query, offset, size);
        }
        if (grams.size() == 1) {
            // two characters, one pair: no pair to choose, so no sample; a common one fills its page at once
            Group common = newest(pattern, query, offset, size);
            return common != null ? common : indexed(pattern, query, "+" + grams.get(0), offset, size);
        }
        Sample sample = sample(pattern, grams);
        if (sample.query() >= COMMON_QUERY) {
            Group common = newest(pattern, query, offset, size);
            if (common != null) {
                return common;
            }
        }
        return indexed(pattern, query, against(sample), offset, size);
    }

    /** One query over evenly spaced ids: whether each sampled comment holds the query, and each pair. */
    Sample sample(String pattern, List<String> grams) {
        Object[] range = (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id) FROM comment").getSingleResult();
        if (range[0] == null) {
            return new Sample(0, grams, new int[grams.size()]);
        }
        long min = ((Number) range[0]).longValue();
        long max = ((Number) range[1]).longValue();
        StringJoiner ids = new StringJoiner(",");
        long span = max - min + 1;
        for (int i = 0; i < Math.min(SAMPLE, span); i++) {
            ids.add(Long.toString(min + span * i / Math.min(SAMPLE, span)));
        }
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(c.search_text LIKE ?1), 0)");
        for (int i = 0; i < grams.size(); i++) {
            sql.append(", COALESCE(SUM(INSTR(c.search_grams, ?").append(i + 2).append(") > 0), 0)");
        }
        sql.append(" FROM comment c WHERE c.id IN (").append(ids).append(')');
        var q = em.createNativeQuery(sql.toString()).setParameter(1, pattern);
        for (int i = 0; i < grams.size(); i++) {
            q.setParameter(i + 2, grams.get(i));
        }
        Object result = q.getSingleResult();
        Object[] row = result instanceof Object[] r ? r : new Object[]{result};
        int[] pairs = new int[grams.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = ((Number) row[i + 1]).intValue();
        }
        return new Sample(((Number) row[0]).intValue(), grams, pairs);
    }

    /** The boolean-mode query: the pairs rarer than {@link #COMMON_PAIR}, rarest first; the rarest one if none is. */
    static String against(Sample sample) {
        Integer[] order = new Integer[sample.grams().size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> sample.pairs()[i]));
        List<String> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.isEmpty() || sample.pairs()[i] <= COMMON_PAIR) {
                chosen.add("+" + sample.grams().get(i));
            }
        }
        return String.join(" ", chosen);
    }

    /** The index's candidates, LIKE-confirmed, newest first: ids up to the count cap in one pass, then the page. */
    @SuppressWarnings("unchecked")
    private Group indexed(String pattern, String query, String against, int offset, int size) {
        List<Number> ids = em.createNativeQuery("SELECT c.id FROM comment c WHERE MATCH(c.search_grams) AGAINST (?2 IN BOOLEAN MODE) AND "
                        + SHOWN + " ORDER BY c.id DESC LIMIT " + (SearchQueries.COUNT_CAP + 1))
                .setParameter(1, pattern).setParameter(2, against).getResultList();
        return page(ids, query, offset, size);
    }

    /** One character, no pair: LIKE over every shown comment. */
    @SuppressWarnings("unchecked")
    private Group scan(String pattern, String query, int offset, int size) {
        List<Number> ids = em.createNativeQuery("SELECT c.id FROM comment c WHERE " + SHOWN + " ORDER BY c.id DESC LIMIT "
                + (SearchQueries.COUNT_CAP + 1)).setParameter(1, pattern).getResultList();
        return page(ids, query, offset, size);
    }

    @SuppressWarnings("unchecked")
    private Group page(List<Number> ids, String query, int offset, int size) {
        List<Number> shown = ids.subList(Math.min(offset, ids.size()), Math.min(offset + size, Math.min(ids.size(), SearchQueries.COUNT_CAP)));
        StringJoiner in = new StringJoiner(",");
        shown.forEach(id -> in.add(Long.toString(id.longValue())));
        List<Object[]> rows = shown.isEmpty() ? List.of()
                : em.createNativeQuery(SELECT + "WHERE c.id IN (" + in + ") ORDER BY c.id DESC").getResultList();
        int count = ids.size();
        return new Group(SearchKind.COMMENT, Math.min(count, SearchQueries.COUNT_CAP), count > SearchQueries.COUNT_CAP,
                SearchQueries.hits(SearchKind.COMMENT, rows, query), offset + rows.size() < count);
    }

    /**
     * A common word is read back from the newest comment (MariaDB's LIMIT ROWS EXAMINED bounds the work); the
     * index would have to sort every match. Null when the page is not filled within the probe: the index finds it.
     */
    @SuppressWarnings("unchecked")
    private Group newest(String pattern, String query, int offset, int size) {
        List<Object[]> rows = em.createNativeQuery(SELECT + "WHERE " + SHOWN + " ORDER BY 1 DESC LIMIT " + (offset + size)
                + " ROWS EXAMINED " + PROBE_ROWS).setParameter(1, pattern).getResultList();
        if (rows.size() < offset + size) {
            return null;
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM comment c WHERE " + SHOWN + " LIMIT "
                + (SearchQueries.COUNT_CAP + 1) + ") x LIMIT ROWS EXAMINED " + COUNT_ROWS).setParameter(1, pattern)
                .getSingleResult()).longValue();
        return new Group(SearchKind.COMMENT, Math.min(count, SearchQueries.COUNT_CAP), true,
                SearchQueries.hits(SearchKind.COMMENT, rows.subList(offset, rows.size()), query), true);
    }
}
