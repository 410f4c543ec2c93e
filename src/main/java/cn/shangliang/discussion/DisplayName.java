package cn.shangliang.discussion;

import cn.shangliang.common.rules.Labelled;

/** How a community shows its commenters to each other (a community setting, docs/rules/discussion.md). */
public enum DisplayName implements Labelled {
    FULL_NAME,
    /** The default: surname and building, no given name. */
    SURNAME_TITLE_BUILDING,
    SURNAME_TITLE
}
