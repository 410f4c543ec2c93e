package cn.shangliang.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shangliang.common.item.ItemKind;
import cn.shangliang.common.web.TemplateExtensions;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What staff review: comments hidden pending review or reported, and who is blocked. */
@ApplicationScoped
public class ModerationQueries {

    @Inject
    Clock clock;

    /** A comment waiting for staff, its words shown to them. */
    @TemplateData
    public record Pending(long id, ItemKind kind, long subjectId, long authorAccountId, String body, CommentStatus status,
                          int reports, Instant createdAt) {

        /** Hidden by enough reports (the others on the list are shown, with reports): marked so. */
        public boolean awaitingReview() {
            return status == CommentStatus.PENDING_REVIEW;
        }
    }

    @TemplateData
    public record Blocked(long accountId, LocalDate until, String reason) {
    }

    public List<Pending> pending(long communityId) {
        return Comment.<Comment>find("communityId = ?1 and (status = ?2 or (status = ?3 and reportCount > 0)) order by createdAt desc",
                        communityId, CommentStatus.PENDING_REVIEW, CommentStatus.VISIBLE).page(0, 100).list().stream()
                .map(c -> new Pending(c.id, c.subjectKind, c.subjectId, c.authorAccountId, c.body, c.status, c.reportCount,
                        c.createdAt))
                .toList();
    }

    public List<Blocked> blocked(long communityId) {
        Instant now = clock.instant();
        return Commenter.<Commenter>find("communityId = ?1 and blockedUntil > ?2 order by blockedUntil", communityId, now)
                .list().stream()
                .map(c -> new Blocked(c.accountId, LocalDate.ofInstant(c.blockedUntil.minusSeconds(1), TemplateExtensions.ZONE),
                        c.blockReason))
                .toList();
    }
}
