package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

public enum ProposalAction implements Labelled {
    SUBMIT("提出议题"),
    COSIGN("附议"),
    REVIEW("审核议题"),
    SCHEDULE("列入议程");

    private final String label;

    ProposalAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
