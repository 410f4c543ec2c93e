package cn.shangliang.discussion;

/** Shown beside a commenter who speaks with a role: staff and council members are marked whatever the setting. */
public enum AuthorMark {
    STAFF, COUNCIL
}
