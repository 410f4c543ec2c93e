package cn.shangliang.discussion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.Items;
import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.CommunityActors;
import cn.shangliang.discussion.CommentViews.CommentView;
import cn.shangliang.discussion.CommentViews.StanceCounts;
import cn.shangliang.discussion.CommentViews.Thread;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads an item's discussion for the thread component. Templates embed it with one line,
 * {@code {#comments thread=inject:discussion.thread('PROPOSAL', p.id) /}}, so no item page builds it itself.
 */
@Named("discussion")
@RequestScoped
public class CommentQueries {

    /** The most top-level comments one page shows (newest kept); a longer thread says how many are older. */
    static final int SHOWN = 200;

    @Inject
    Items items;

    @Inject
    CommunityActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionConfig config;

    @Inject
    EntityManager em;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    public Thread thread(String kind, long subjectId) {
        return thread(ItemKind.valueOf(kind), subjectId);
    }

    @Transactional
    public Thread thread(ItemKind kind, long subjectId) {
        Item item = items.visible(kind, subjectId);
        Actor actor = actors.actor(item.communityId());
        boolean card = currentUser.cardId().isPresent();
        boolean moderator = CommentPermissions.allows(actor, CommentAction.MODERATE);
        List<Comment> all = Comment.<Comment>find("subjectKind = ?1 and subjectId = ?2 order by createdAt, id", kind, subjectId).list();
        Map<Long, String> names = names(item.communityId(), all.stream().map(c -> c.authorAccountId).collect(Collectors.toSet()));
        Set<Long> reported = actor.userId() > 0 && !all.isEmpty()
                ? Set.copyOf(em.createQuery("select r.commentId from CommentReport r where r.reporterId = ?1 and r.commentId in ?2", Long.class)
                        .setParameter(1, actor.userId()).setParameter(2, all.stream().map(c -> c.id).toList()).getResultList())
                : Set.of();
        Map<Long, List<CommentView>> replies = new HashMap<>();
        Map<Long, CommentView> top = new LinkedHashMap<>();
        for (Comment c : all) {
            CommentView v = view(c, actor, moderator, names, reported);
            if (c.parentId == null) {
                top.put(c.id, v);
            } else {
                replies.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(v);
            }
        }
        List<CommentView> list = new ArrayList<>();
        top.values().stream().filter(CommentView::official).forEach(list::add);
        top.values().stream().filter(v -> !v.official()).forEach(list::add);
        list = list.stream().map(v -> v.withReplies(replies.getOrDefault(v.id(), List.of()))).toList();
        if (list.size() > SHOWN) {
            list = list.subList(list.size() - SHOWN, list.size());
        }
        Commenter commenter = actor.userId() > 0 ? Commenter.of(item.communityId(), actor.userId()).orElse(null) : null;
        String blockedUntil = commenter != null && commenter.blockedAt(clock.instant())
                ? LocalDate.ofInstant(commenter.blockedUntil.minusSeconds(1), TemplateExtensions.ZONE).toString() : null;
        boolean canPost = CommentPermissions.checkPost(actor, card, false).isEmpty();
        return new Thread(kind, subjectId, item.communityId(), kind.takesStance(), list, counts(kind, subjectId), all.size(),
                currentUser.authenticated(), canPost && blockedUntil == null,
                canPost && CommentPermissions.allows(actor, CommentAction.OFFICIAL_REPLY),
                !items.source(kind).commentsClosed(subjectId).isEmpty(), blockedUntil, ReportReason.values(), Stance.values());
    }

    /** The newest shown official reply on an item, for its outcome to link to; null when there is none. */
    @Transactional
    public Long official(String kind, long subjectId) {
        return em.createQuery("select max(c.id) from Comment c where c.subjectKind = ?1 and c.subjectId = ?2"
                        + " and c.official = true and c.status = ?3", Long.class)
                .setParameter(1, ItemKind.valueOf(kind)).setParameter(2, subjectId).setParameter(3, CommentStatus.VISIBLE)
                .getSingleResult();
    }

    private CommentView view(Comment c, Actor actor, boolean moderator, Map<Long, String> names, Set<Long> reported) {
        boolean mine = actor.userId() == c.authorAccountId;
        boolean shown = c.status == CommentStatus.VISIBLE || (moderator && c.status != CommentStatus.WITHDRAWN);
        boolean editable = CommentPermissions.checkEdit(actor, c.authorAccountId, c.status, c.createdAt,
                config.editWindow(), clock.instant()).isEmpty();
        boolean reportable = !mine && c.status == CommentStatus.VISIBLE && !reported.contains(c.id)
                && CommentPermissions.allows(actor, CommentAction.REPORT);
        return new CommentView(c.id, c.parentId, names.getOrDefault(c.authorAccountId, "#" + c.authorAccountId),
                c.authorMark, c.stance, c.official, shown ? c.body : null, c.status, c.hiddenReason, c.createdAt,
                c.editedAt != null, editable, mine && c.status == CommentStatus.VISIBLE, reportable,
                moderator && c.status != CommentStatus.WITHDRAWN, c.authorAccountId, List.of());
    }

    /** One stance per account: its latest top-level comment with a stance that it has not withdrawn. */
    public StanceCounts counts(ItemKind kind, long subjectId) {
        List<Object[]> rows = em.createQuery("""
                select c.stance, count(c) from Comment c
                where c.subjectKind = ?1 and c.subjectId = ?2 and c.parentId is null and c.stance is not null
                  and c.status <> ?3
                  and c.id = (select max(d.id) from Comment d where d.subjectKind = c.subjectKind
                              and d.subjectId = c.subjectId and d.authorAccountId = c.authorAccountId
                              and d.parentId is null and d.stance is not null and d.status <> ?3)
                group by c.stance""", Object[].class)
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, CommentStatus.WITHDRAWN).getResultList();
        Map<Stance, Long> by = new HashMap<>();
        for (Object[] row : rows) {
            by.put((Stance) row[0], (Long) row[1]);
        }
        return new StanceCounts(by.getOrDefault(Stance.SUPPORT, 0L), by.getOrDefault(Stance.OPPOSE, 0L),
                by.getOrDefault(Stance.NEUTRAL, 0L));
    }

    /** Commenters' names as the community's setting shows them; staff without a register row by their account. */
    @SuppressWarnings("unchecked")
    Map<Long, String> names(long communityId, Set<Long> accounts) {
        Map<Long, String> names = new HashMap<>();
        if (accounts.isEmpty()) {
            return names;
        }
        DisplayName setting = DiscussionSetting.displayNameOf(communityId);
        DiscussionMessages texts = ui.bundle(DiscussionMessages.class);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.account_id, r.name, b.name FROM resident r
                LEFT JOIN household h ON h.id = r.household_id
                LEFT JOIN unit u ON u.id = h.unit_id
                LEFT JOIN building b ON b.id = u.building_id
                WHERE r.community_id = ?1 AND r.account_id IN (?2)""")
                .setParameter(1, communityId).setParameter(2, accounts).getResultList();
        for (Object[] row : rows) {
            names.put(((Number) row[0]).longValue(), DisplayNames.show(setting, (String) row[1], (String) row[2],
                    texts.name_masked("{0}"), texts.name_building("{0}", "{1}")));
        }
        List<Object[]> staff = em.createNativeQuery("SELECT id, display_name FROM account WHERE id IN (?1)")
                .setParameter(1, accounts).getResultList();
        for (Object[] row : staff) {
            names.putIfAbsent(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }
}
