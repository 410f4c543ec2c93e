package cn.shangliang.discussion;

import java.time.Instant;
import java.util.List;

import cn.shangliang.common.item.ItemKind;
import io.quarkus.qute.TemplateData;

/** What the comment thread shows: records, never entities. */
public final class CommentViews {

    private CommentViews() {
    }

    /**
     * One comment as the visitor sees it. {@code body} is null when the words are not shown (hidden, pending
     * review or withdrawn); staff see them with {@code moderatable}.
     */
    @TemplateData
    public record CommentView(long id, Long parentId, String author, AuthorMark mark, Stance stance, boolean official,
                              String body, CommentStatus status, String hiddenReason, Instant createdAt, boolean edited,
                              boolean editable, boolean withdrawable, boolean reportable, boolean moderatable,
                              long authorAccountId, List<CommentView> replies) {
        /** Names are written in Chinese here: marked so, an English page reads them as Chinese. */
        public boolean authorChinese() {
            return author.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }

        /** Taken back by its author: the thread says so in place of the words. */
        public boolean withdrawn() {
            return status == CommentStatus.WITHDRAWN;
        }

        /** Hidden by staff: the thread gives their reason in place of the words. */
        public boolean hidden() {
            return status == CommentStatus.HIDDEN;
        }

        /** Hidden by enough reports until staff look at it. */
        public boolean awaitingReview() {
            return status == CommentStatus.PENDING_REVIEW;
        }

        /**
         * The one moderation step the thread offers staff: hide a shown comment; restore one that is hidden or
         * awaiting review (the moderation page offers both for those).
         */
        public boolean hideable() {
            return status == CommentStatus.VISIBLE;
        }

        public CommentView withReplies(List<CommentView> list) {
            return new CommentView(id, parentId, author, mark, stance, official, body, status, hiddenReason, createdAt,
                    edited, editable, withdrawable, reportable, moderatable, authorAccountId, list);
        }
    }

    @TemplateData
    public record StanceCounts(long support, long oppose, long neutral) {
        public long total() {
            return support + oppose + neutral;
        }
    }

    /** One item's discussion, with what the visitor may do in it. */
    @TemplateData
    public record Thread(ItemKind kind, long subjectId, long communityId, boolean stances, List<CommentView> comments,
                         StanceCounts counts, int total, boolean loggedIn, boolean canPost, boolean canOfficial,
                         boolean closed, String blockedUntil, ReportReason[] reasons, Stance[] stanceChoices) {
    }
}
