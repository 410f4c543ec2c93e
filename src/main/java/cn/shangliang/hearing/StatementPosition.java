package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** Where a statement stands on the draft, so the report can list the views for and against. */
public enum StatementPosition implements Labelled {
    FOR("赞成"),
    AGAINST("反对"),
    OTHER("其他意见");

    private final String label;

    StatementPosition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
