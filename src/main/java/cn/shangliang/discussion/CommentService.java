package cn.shangliang.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.item.Item;
import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.item.Items;
import cn.shangliang.common.rules.RuleViolation.Kind;
import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.common.web.TemplateExtensions;
import cn.shangliang.community.CommunityActors;
import cn.shangliang.identity.CurrentUser;
import cn.shangliang.notification.NotificationKind;
import cn.shangliang.notification.Notifications;
import cn.shangliang.notification.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Posting, editing and withdrawing comments. A post locks its author's {@link Commenter} row, then counts their
 * comments of the last minute from the table: the limit holds across instances without memory of its own.
 */
@ApplicationScoped
public class CommentService {

    public static final int MAX_LENGTH = 2000;

    @Inject
    Items items;

    @Inject
    CommunityActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    DiscussionConfig config;

    @Inject
    Clock clock;

    /** A comment or reply, as the page form and the JSON API send it; messages are codes of the errors bundle. */
    public record PostForm(@NotNull(message = "comment.subject") ItemKind kind,
                           @NotNull(message = "comment.subject") Long subjectId,
                           Long parentId,
                           Stance stance,
                           Boolean official,
                           @NotBlank(message = "comment.body") @Size(max = MAX_LENGTH, message = "comment.body") String body) {
    }

    /** A new text for a comment within the edit window. */
    public record EditForm(@NotBlank(message = "comment.body") @Size(max = MAX_LENGTH, message = "comment.body") String body) {
    }

    @Transactional
    public long post(@Valid @NotNull PostForm form) {
        if (!form.kind().commentable()) {
            throw DomainException.badInput("comment.kind", form.kind());
        }
        Item item = items.visible(form.kind(), form.subjectId());
        boolean official = Boolean.TRUE.equals(form.official());
        Actor actor = actors.actor(item.communityId());
        Refusal.throwIf(CommentPermissions.checkPost(actor, currentUser.cardId().isPresent(), official));
        Refusal.throwIf(items.source(form.kind()).commentsClosed(item.id()), Kind.CONFLICT);
        Comment parent = parent(form, item);
        if (form.stance() != null && (parent != null || !form.kind().takesStance())) {
            throw DomainException.badInput("comment.stance.not-here");
        }
        Instant now = clock.instant();
        Commenter commenter = Commenter.locked(item.communityId(), actor.userId());
        if (commenter.blockedAt(now)) {
            throw DomainException.forbidden("comment.blocked",
                    LocalDate.ofInstant(commenter.blockedUntil.minusSeconds(1), TemplateExtensions.ZONE));
        }
        // A locking read: it sees posts committed after this transaction's snapshot was taken (by requests that
        // held the commenter row before us), which a plain read under REPEATABLE READ would not.
        long recent = ((Number) Comment.getEntityManager().createNativeQuery(
                        "SELECT COUNT(*) FROM comment WHERE author_account_id = ?1 AND created_at > ?2 LOCK IN SHARE MODE")
                .setParameter(1, actor.userId()).setParameter(2, now.minus(Duration.ofMinutes(1))).getSingleResult()).longValue();
        if (recent >= config.perMinute()) {
            throw DomainException.of(429, "comment.rate-limit", config.perMinute());
        }
        Comment c = new Comment();
        c.on(item, now);
        c.parentId = parent == null ? null : parent.id;
        c.authorAccountId = actor.userId();
        c.authorMark = CommentPermissions.mark(actor);
        c.stance = form.stance();
        c.official = official;
        c.body(form.body().strip());
        c.status = CommentStatus.VISIBLE;
        c.persist();
        audit.record(currentUser.auditName(), official ? "comment.official" : "comment.post", "comment", c.id,
                item.kind() + "#" + item.id() + (parent == null ? "" : " reply to comment#" + parent.id));
        if (official && parent == null) {
            items.source(item.kind()).officialReply(item.id(), c.id, c.body);
        }
        notifyFollowers(c, parent, item);
        return c.id;
    }

    @Transactional
    public void edit(long id, @Valid @NotNull EditForm form) {
        Comment c = locked(id);
        Actor actor = actors.actor(c.communityId);
        Refusal.throwIf(CommentPermissions.checkEdit(actor, c.authorAccountId, c.status, c.createdAt,
                config.editWindow(), clock.instant()));
        c.body(form.body().strip());
        c.editedAt = clock.instant();
        audit.record(currentUser.auditName(), "comment.edit", "comment", c.id, c.subjectKind + "#" + c.subjectId);
    }

    /** The author takes their words back: the place stays in the thread as "withdrawn". */
    @Transactional
    public void withdraw(long id) {
        Comment c = locked(id);
        if (currentUser.accountId().orElse(-1L).longValue() != c.authorAccountId) {
            throw DomainException.forbidden("comment.edit.not-author");
        }
        Refusal.throwIf(CommentWorkflow.TRANSITIONS.check(c.status, CommentStatus.WITHDRAWN), Kind.CONFLICT);
        c.status = CommentStatus.WITHDRAWN;
        audit.record(currentUser.auditName(), "comment.withdraw", "comment", c.id, c.subjectKind + "#" + c.subjectId);
    }

    /** A reply to a reply joins the same top-level comment: threads are one level deep. */
    private static Comment parent(PostForm form, Item item) {
        if (form.parentId() == null) {
            return null;
        }
        Comment parent = Comment.findById(form.parentId());
        if (parent == null || parent.subjectKind != item.kind() || parent.subjectId != item.id()) {
            throw DomainException.notFound("not-found.comment");
        }
        if (parent.parentId != null) {
            parent = Comment.findById(parent.parentId);
        }
        return parent;
    }

    /** A reply tells the one replied to; a top-level comment tells the item's followers (its proposer, co-signers). */
    private void notifyFollowers(Comment c, Comment parent, Item item) {
        Set<Long> recipients = new LinkedHashSet<>();
        NotificationKind kind;
        if (parent != null) {
            recipients.add(parent.authorAccountId);
            kind = NotificationKind.COMMENT_REPLY;
        } else {
            recipients.addAll(item.followers());
            kind = NotificationKind.COMMENT_NEW;
        }
        recipients.remove(c.authorAccountId);
        for (long account : recipients) {
            notifications.notify(new Notifications.Draft(kind, RecipientType.ACCOUNT, account, "comment", c.id,
                    c.communityId, "/comments/" + c.id + "/go", List.of(item.title())));
        }
    }

    static Comment locked(long id) {
        Comment c = Comment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw DomainException.notFound("not-found.comment");
        }
        return c;
    }
}
