package cn.shangliang.notice;

import java.time.Clock;

import cn.shangliang.common.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Publishes to the public notice board; features call it in the same transaction as what they publish. */
@ApplicationScoped
public class NoticeBoard {

    @Inject
    Clock clock;

    public static final int PAGE_SIZE = 20;

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

    public List<Notice> page(NoticeCategory category, Long communityId, int page) {
        StringBuilder q = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (category != null) {
            q.append(" and category = :category");
            params.put("category", category);
        }
        if (communityId != null) {
            q.append(" and communityId = :community");
            params.put("community", communityId);
        }
        return Notice.<Notice>find(q + " order by publishedAt desc, id desc", params)
                .page(Math.max(page, 0), PAGE_SIZE).list();
    }

    /** One line of the board's list: only what the list shows (never the body). */
    public record NoticeItem(long id, NoticeCategory category, String title, Instant publishedAt, Long supersededBy) {
    }

    /**
     * A page of the public list, newest first, one query and the shown columns only (issue 17); one row more than a
     * page, so the caller knows whether another page follows.
     */
    public List<NoticeItem> items(NoticeCategory category, int page) {
        var query = Notice.getEntityManager().createQuery("select new " + NoticeItem.class.getName()
                + "(id, category, title, publishedAt, supersededBy) from Notice" + (category != null ? " where category = :category" : "")
                + " order by publishedAt desc, id desc", NoticeItem.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.setFirstResult(Math.max(page, 0) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
    }

    public Optional<Notice> find(long id) {
        return Notice.findByIdOptional(id);
    }

    public List<Notice> forSource(String sourceType, long sourceId) {
        return Notice.list("sourceType = ?1 and sourceId = ?2 order by publishedAt", sourceType, sourceId);
    }
}
