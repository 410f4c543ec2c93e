package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

/** Where a proposal goes when the council is not the body to decide it. */
public enum TransferTarget implements Labelled {
    DEPARTMENT("职能部门"),
    OWNERS_ASSEMBLY("业主大会"),
    MICRO_PROJECT_PROGRAM("民生微实事");

    private final String label;

    TransferTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
