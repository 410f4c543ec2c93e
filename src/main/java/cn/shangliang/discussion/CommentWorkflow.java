package cn.shangliang.discussion;

import static cn.shangliang.discussion.CommentStatus.HIDDEN;
import static cn.shangliang.discussion.CommentStatus.PENDING_REVIEW;
import static cn.shangliang.discussion.CommentStatus.VISIBLE;
import static cn.shangliang.discussion.CommentStatus.WITHDRAWN;

import cn.shangliang.common.rules.TransitionTable;

/**
 * A comment's life: shown, hidden pending review after enough reports, hidden or restored by staff, withdrawn
 * by its author. No state deletes the words: hidden ones are kept for review and the record.
 */
public final class CommentWorkflow {

    public static final TransitionTable<CommentStatus> TRANSITIONS =
            TransitionTable.builder(CommentStatus.class, "comment")
                    .allow(VISIBLE, PENDING_REVIEW, HIDDEN, WITHDRAWN)
                    .allow(PENDING_REVIEW, VISIBLE, HIDDEN)
                    .allow(HIDDEN, VISIBLE)
                    .build();

    private CommentWorkflow() {
    }
}
