package cn.shangliang.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shangliang.common.text.SearchText;
import cn.shangliang.common.web.DomainException;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One search across what the public may see: proposals, resolutions, notices, hearings past their draft, budget
 * projects and shown comments. Chinese has no spaces to split words on, so every kind is matched by substring
 * (LIKE '%…%'): on the items' own columns their case- and width-insensitive collation does the folding; comments,
 * by far the most rows, carry a normalised binary-collated copy and an index over its character pairs
 * ({@link CommentSearch}; docs/benchmarks.md has the figures).
 */
@ApplicationScoped
public class SearchQueries {

    public static final int MAX_QUERY = 100;
    static final int GROUP_SIZE = 5;
    static final int PAGE_SIZE = 20;
    /** Counting stops here ("1000+"): a count is a full scan, and nobody pages through a thousand hits. */
    static final int COUNT_CAP = 1000;

    @Inject
    EntityManager em;

    @TemplateData
    public record Hit(SearchKind kind, long id, String title, List<Highlight.Part> snippet, String link) {
    }

    /** One kind's hits: a page of them and how many there are (capped). */
    @TemplateData
    public record Group(SearchKind kind, long count, boolean capped, List<Hit> hits, boolean more) {
    }

    @TemplateData
    public record Results(String query, SearchKind kind, int page, List<Group> groups) {
        public long total() {
            return groups.stream().mapToLong(Group::count).sum();
        }
    }

    /** Every kind's first hits ({@code kind} null), or one kind a page at a time. */
    @Transactional
    public Results search(String q, SearchKind kind, int page) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return new Results("", kind, 0, List.of());
        }
        if (query.length() > MAX_QUERY) {
            throw DomainException.badInput("search.too-long", MAX_QUERY);
        }
        String pattern = SearchText.containsPattern(SearchText.normalise(query));
        List<Group> groups = new ArrayList<>();
        int size = kind == null ? GROUP_SIZE : PAGE_SIZE;
        int offset = kind == null ? 0 : Math.max(page, 0) * PAGE_SIZE;
        for (SearchKind k : SearchKind.values()) {
            if (kind == null || kind == k) {
                Group g = group(k, pattern, query, offset, size);
                if (g.count() > 0 || kind != null) {
                    groups.add(g);
                }
            }
        }
        return new Results(query, kind, Math.max(page, 0), groups);
    }

    private static final Map<SearchKind, String[]> SQL = new java.util.HashMap<>();

    static {
        // {select: id, title, text, link id}, {from and where}; ?1 is the LIKE pattern
        SQL.put(SearchKind.PROPOSAL, new String[]{"p.id, p.title, p.description, p.id",
                "FROM proposal p WHERE (p.title LIKE ?1 OR p.description LIKE ?1)"});
        SQL.put(SearchKind.RESOLUTION, new String[]{"r.id, m.title, r.text, r.meeting_id",
                "FROM resolution r JOIN meeting m ON m.id = r.meeting_id WHERE r.text LIKE ?1"});
        SQL.put(SearchKind.NOTICE, new String[]{"n.id, n.title, n.body, n.id",
                "FROM notice n WHERE (n.title LIKE ?1 OR n.body LIKE ?1)"});
        SQL.put(SearchKind.HEARING, new String[]{"h.id, h.title, h.matter, h.id",
                "FROM hearing h WHERE h.status <> 'DRAFT' AND (h.title LIKE ?1 OR h.matter LIKE ?1)"});
        SQL.put(SearchKind.BUDGET_PROJECT, new String[]{"b.id, b.title, b.need, b.id",
                "FROM budget_project b WHERE (b.title LIKE ?1 OR b.need LIKE ?1)"});
        // comments: CommentSearch
    }

    @Inject
    CommentSearch comments;

    @SuppressWarnings("unchecked")
    Group group(SearchKind kind, String pattern, String query, int offset, int size) {
        if (kind == SearchKind.COMMENT) {
            return comments.group(pattern, query, offset, size);
        }
        String[] sql = SQL.get(kind);
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 " + sql[1] + " LIMIT " + (COUNT_CAP + 1) + ") x")
                .setParameter(1, pattern).getSingleResult()).longValue();
        List<Object[]> rows = count == 0 ? List.of() : em.createNativeQuery("SELECT " + sql[0] + " " + sql[1] + " ORDER BY 1 DESC")
                .setParameter(1, pattern).setFirstResult(offset).setMaxResults(size).getResultList();
        return new Group(kind, Math.min(count, COUNT_CAP), count > COUNT_CAP, hits(kind, rows, query),
                offset + rows.size() < count);
    }

    static List<Hit> hits(SearchKind kind, List<Object[]> rows, String query) {
        return rows.stream().map(r -> new Hit(kind, ((Number) r[0]).longValue(), (String) r[1],
                Highlight.parts((String) r[2], query), link(kind, ((Number) r[0]).longValue(), ((Number) r[3]).longValue()))).toList();
    }

    static String link(SearchKind kind, long id, long linkId) {
        return switch (kind) {
            case PROPOSAL -> "/proposals/" + id;
            case RESOLUTION -> "/meetings/" + linkId;
            case NOTICE -> "/notices/" + id;
            case HEARING -> "/hearings/" + id;
            case BUDGET_PROJECT -> "/budget/projects/" + id;
            case COMMENT -> "/comments/" + id + "/go";
        };
    }
}
