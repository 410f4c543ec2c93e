package cn.shangliang.notice;

import java.time.Clock;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.text.SearchText;
import cn.shangliang.common.web.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Publishes to the public notice board; features call it in the same transaction as what they publish. */
@ApplicationScoped
public class NoticeBoard {

    @Inject
    Clock clock;

    public static final int PAGE_SIZE = 20;
    /** Longest search text, as in the header's search box. */
    public static final int MAX_QUERY = 100;

    @Inject
    AuditLog audit;

    /** What a feature wants to publish; {@code communityId}/{@code estateId} say whose board it is on. */
    public record Draft(NoticeCategory category, Long communityId, Long estateId, String title, String body,
                        String sourceType, Long sourceId, String link, Instant endsAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Notice publish(Draft draft, String actor) {
        Notice notice = new Notice();
        notice.category = draft.category();
        notice.communityId = draft.communityId();
        notice.estateId = draft.estateId();
        notice.title = draft.title();
        notice.body = draft.body();
        notice.sourceType = draft.sourceType();
        notice.sourceId = draft.sourceId();
        notice.link = draft.link();
        notice.endsAt = draft.endsAt();
        notice.publishedAt = clock.instant();
        notice.publishedBy = actor;
        notice.persist();
        audit.record(actor, "notice.publish", "notice", notice.id, draft.category() + " " + draft.title());
        return notice;
    }

    /**
     * Publishes a correction of an earlier notice: the new notice is published as any other, and the old one stays
     * unchanged but points at it, so the board shows it as superseded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice supersede(Long oldId, Draft draft, String actor) {
        Notice notice = publish(draft, actor);
        Notice old = oldId == null ? null : Notice.findById(oldId);
        if (old != null) {
            old.supersededBy = notice.id;
            audit.record(actor, "notice.supersede", "notice", old.id, "superseded by notice " + notice.id);
        }
        return notice;
    }

    /**
     * What the board is narrowed to: a category, a community's notices (those of its estates included), and words
     * found in the title or body. Chinese has no spaces to split words on, so words match as substrings; the
     * columns' case- and width-insensitive collation does the folding.
     */
    public record Filter(NoticeCategory category, Long communityId, String q) {
        public Filter {
            q = q == null || q.isBlank() ? null : q.strip();
        }

        public static final Filter ALL = new Filter(null, null, null);

        boolean isEmpty() {
            return category == null && communityId == null && q == null;
        }
    }

    public List<Notice> page(Filter filter, int page) {
        var query = Notice.getEntityManager().createQuery("from Notice" + where(filter)
                + " order by publishedAt desc, id desc", Notice.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(page, 0) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    private static String where(Filter f) {
        if (f.q() != null && f.q().length() > MAX_QUERY) {
            throw DomainException.badInput("search.too-long", MAX_QUERY);
        }
        List<String> where = new ArrayList<>();
        if (f.category() != null) {
            where.add("category = :category");
        }
        if (f.communityId() != null) {
            where.add("communityId = :community");
        }
        if (f.q() != null) {
            where.add("(title like :q or body like :q)");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static void bind(jakarta.persistence.Query query, Filter f) {
        if (f.category() != null) {
            query.setParameter("category", f.category());
        }
        if (f.communityId() != null) {
            query.setParameter("community", f.communityId());
        }
        if (f.q() != null) {
            query.setParameter("q", SearchText.containsPattern(SearchText.normalise(f.q())));
        }
    }

    /**
     * One line of the board's list: only what the list shows (never the body).
     *
     * @param supersededBy the notice that corrects this one (issue 18), or null
     */
    public record NoticeItem(long id, NoticeCategory category, String title, Instant publishedAt, Long supersededBy) {
    }

    /**
     * A page of the public list, newest first, one query and the shown columns only (issue 17); one row more than a
     * page, so the caller knows whether another page follows.
     */
    public List<NoticeItem> items(Filter filter, int page) {
        var query = Notice.getEntityManager().createQuery("select new " + NoticeItem.class.getName()
                + "(id, category, title, publishedAt, supersededBy) from Notice" + where(filter)
                + " order by publishedAt desc, id desc", NoticeItem.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(page, 0) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
    }

    public Optional<Notice> find(long id) {
        return Notice.findByIdOptional(id);
    }

    /** A notice as its page and the API show it. */
    public record NoticeView(long id, NoticeCategory category, Long communityId, Long estateId, String title,
                             String body, String link, Instant publishedAt, Instant endsAt, Long supersededBy) {
        static NoticeView of(Notice n) {
            return new NoticeView(n.id, n.category, n.communityId, n.estateId, n.title, n.body, n.link,
                    n.publishedAt, n.endsAt, n.supersededBy);
        }
    }

    public Optional<NoticeView> view(long id) {
        return find(id).map(NoticeView::of);
    }

    public List<Notice> forSource(String sourceType, long sourceId) {
        return Notice.list("sourceType = ?1 and sourceId = ?2 order by publishedAt", sourceType, sourceId);
    }
}
