package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum FollowUpStatus implements Labelled {
    ASSIGNED("已交办"),
    IN_PROGRESS("办理中"),
    REPORTED("已反馈"),
    CLOSED("已办结");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
