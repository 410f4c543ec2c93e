package cn.shangliang.discussion;

import java.time.Clock;
import java.time.LocalDate;
import cn.shangliang.common.web.TemplateExtensions;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.rules.RuleViolation.Kind;
import cn.shangliang.common.security.Actor;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Refusal;
import cn.shangliang.community.Community;
import cn.shangliang.community.CommunityActors;
import cn.shangliang.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Reports, hiding and restoring, blocks and the community's display-name setting. Every change is audited by
 * the comment's id; no audit entry copies a comment's words.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    CommunityActors actors;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    DiscussionConfig config;

    @Inject
    Clock clock;

    public record ReportForm(@NotNull(message = "comment.report.reason") ReportReason reason) {
    }

    /** Staff's reason for hiding or restoring, shown in place of hidden words. */
    public record ModerateForm(@NotBlank(message = "comment.moderate.reason")
                               @Size(max = 300, message = "comment.moderate.reason") String reason) {
    }

    public record BlockForm(@NotNull(message = "comment.subject") Long communityId,
                            @NotNull(message = "comment.block.account") Long accountId,
                            @NotNull(message = "comment.block.until") LocalDate until,
                            @NotBlank(message = "comment.moderate.reason")
                            @Size(max = 300, message = "comment.moderate.reason") String reason) {
    }

    /** The block to lift: the page's hidden field and the API's query carry the account. */
    public record UnblockForm(@NotNull(message = "comment.subject") Long communityId,
                              @NotNull(message = "comment.block.account") Long accountId) {
    }

    public record SettingForm(@NotNull(message = "comment.subject") Long communityId,
                              @NotNull(message = "comment.setting.display") DisplayName displayName) {
    }

    /** One report per resident and comment; the Nth distinct report hides the comment until staff review it. */
    @Transactional
    public int report(long id, @Valid @NotNull ReportForm form) {
        Comment c = CommentService.locked(id);
        Actor actor = actors.actor(c.communityId);
        if (!CommentPermissions.allows(actor, CommentAction.REPORT)) {
            throw DomainException.forbidden("comment.not-member");
        }
        if (actor.userId() == c.authorAccountId) {
            throw DomainException.badInput("comment.report.own");
        }
        if (CommentReport.count("commentId = ?1 and reporterId = ?2", c.id, actor.userId()) > 0) {
            throw DomainException.conflict("comment.report.already");
        }
        CommentReport r = new CommentReport();
        r.commentId = c.id;
        r.reporterId = actor.userId();
        r.reason = form.reason();
        r.createdAt = clock.instant();
        r.persist();
        c.reportCount++;
        audit.record(currentUser.auditName(), "comment.report", "comment", c.id, form.reason().name());
        if (c.status == CommentStatus.VISIBLE && c.reportCount >= config.autoHideReports()) {
            c.status = CommentStatus.PENDING_REVIEW;
            audit.record("system", "comment.auto-hide", "comment", c.id, c.reportCount + " reports");
        }
        return c.reportCount;
    }

    @Transactional
    public void hide(long id, @Valid @NotNull ModerateForm form) {
        change(id, CommentStatus.HIDDEN, form.reason().strip(), "comment.hide");
    }

    @Transactional
    public void restore(long id, @Valid @NotNull ModerateForm form) {
        change(id, CommentStatus.VISIBLE, form.reason().strip(), "comment.restore");
    }

    private void change(long id, CommentStatus to, String reason, String action) {
        Comment c = CommentService.locked(id);
        requireModerator(c.communityId);
        Refusal.throwIf(CommentWorkflow.TRANSITIONS.check(c.status, to), Kind.CONFLICT);
        c.status = to;
        c.hiddenReason = to == CommentStatus.HIDDEN ? reason : null;
        audit.record(currentUser.auditName(), action, "comment", c.id, reason);
    }

    /** Blocks the account from commenting in the community until the end of {@code until} (Beijing time). */
    @Transactional
    public void block(@Valid @NotNull BlockForm form) {
        requireModerator(form.communityId());
        if (!form.until().isAfter(LocalDate.now(clock))) {
            throw DomainException.badInput("comment.block.past");
        }
        Commenter c = Commenter.locked(form.communityId(), form.accountId());
        c.blockedUntil = form.until().plusDays(1).atStartOfDay(TemplateExtensions.ZONE).toInstant();
        c.blockReason = form.reason().strip();
        audit.record(currentUser.auditName(), "comment.block", "account", form.accountId(),
                "community#" + form.communityId() + " until " + form.until() + ": " + c.blockReason);
    }

    @Transactional
    public void unblock(@Valid @NotNull UnblockForm form) {
        requireModerator(form.communityId());
        Commenter c = Commenter.locked(form.communityId(), form.accountId());
        c.blockedUntil = null;
        c.blockReason = null;
        audit.record(currentUser.auditName(), "comment.unblock", "account", form.accountId(),
                "community#" + form.communityId());
    }

    @Transactional
    public void setting(@Valid @NotNull SettingForm form) {
        requireModerator(form.communityId());
        DiscussionSetting s = DiscussionSetting.findById(form.communityId());
        if (s == null) {
            s = new DiscussionSetting();
            s.communityId = form.communityId();
            s.displayName = form.displayName();
            s.persist();
        } else {
            s.displayName = form.displayName();
        }
        audit.record(currentUser.auditName(), "discussion.setting", "community", form.communityId(),
                "display_name=" + form.displayName());
    }

    void requireModerator(long communityId) {
        if (Community.findById(communityId) == null) {
            throw DomainException.notFound("not-found.community");
        }
        if (!CommentPermissions.allows(actors.actor(communityId), CommentAction.MODERATE)) {
            throw DomainException.forbidden("comment.moderate.not-staff");
        }
    }
}
