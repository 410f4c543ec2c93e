package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

/** The proposer's rating of a follow-up report. */
public enum FollowUpRating implements Labelled {
    SATISFIED("满意"),
    PARTLY("基本满意"),
    NOT_SATISFIED("不满意");

    private final String label;

    FollowUpRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
