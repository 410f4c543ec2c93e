package cn.shangliang.discussion;

import cn.shangliang.common.rules.Labelled;

/** Whether a comment's words are shown: hidden ones keep their place in the thread with the reason. */
public enum CommentStatus implements Labelled {
    VISIBLE,
    /** Reported by enough residents: hidden until staff review it. */
    PENDING_REVIEW,
    HIDDEN,
    /** Taken back by its author. */
    WITHDRAWN
}
