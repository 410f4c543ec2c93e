package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

public enum ProposalStatus implements Labelled {
    SUBMITTED("征集附议中"),
    UNDER_REVIEW("审核中"),
    /** Deep track: taken up, waiting for a place on a meeting agenda. */
    ACCEPTED("已受理待排期"),
    MERGED("已合并"),
    /** Fast track: answered directly without a meeting. */
    ANSWERED("已答复"),
    TRANSFERRED("已转办"),
    REJECTED("不予受理"),
    WITHDRAWN("已撤回"),
    SCHEDULED("已列入议程"),
    /** The council deliberated and voted; whether the motion carried is on the resolution. */
    DECIDED("已形成决议");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
