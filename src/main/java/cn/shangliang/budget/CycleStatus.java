package cn.shangliang.budget;

import cn.shangliang.common.rules.Labelled;

/** The stages of a budget cycle (DOMAIN.md §2), in order; implementation and later run per project. */
public enum CycleStatus implements Labelled {
    PROPOSING("征集点单"),
    REVIEWING("审核筛选"),
    VOTING("票决"),
    NOTICE("公示"),
    APPROVED("已立项"),
    CLOSED("已结束");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
