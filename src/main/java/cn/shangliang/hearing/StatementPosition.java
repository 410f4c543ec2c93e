package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** Where a statement stands on the draft, so the report can list the views for and against. */
public enum StatementPosition implements Labelled {
    FOR,
    AGAINST,
    OTHER;
}
