package cn.shangliang.discussion;

/** What a person may do in a discussion (the rows of {@link CommentPermissions}). */
public enum CommentAction {
    POST, OFFICIAL_REPLY, REPORT, MODERATE
}
