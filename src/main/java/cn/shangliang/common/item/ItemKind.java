package cn.shangliang.common.item;

import cn.shangliang.common.rules.Labelled;

/**
 * The kinds of item other features can be attached to: comments (discussion) and attachments hang on an item by
 * (kind, id), so neither feature imports the internals of the items' features.
 */
public enum ItemKind implements Labelled {
    PROPOSAL,
    BUDGET_PROJECT,
    PROGRESS_REPORT,
    ACCEPTANCE,
    HEARING,
    AGENDA_ITEM,
    MEETING,
    FOLLOW_UP;

    /** The kinds residents discuss (docs/rules/discussion.md, "Subjects"). */
    public boolean commentable() {
        return this == PROPOSAL || this == BUDGET_PROJECT || this == HEARING || this == AGENDA_ITEM;
    }

    /** The kinds a stance (support / oppose / neutral) may be given on. */
    public boolean takesStance() {
        return this == PROPOSAL || this == BUDGET_PROJECT;
    }
}
