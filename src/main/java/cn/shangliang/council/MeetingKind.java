package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum MeetingKind implements Labelled {
    MONTHLY("月度例会"),
    SPECIAL("临时会议"),
    /** The semi-annual 议事协商会议 led by the Party organisation and convened by the residents' committee. */
    CONSULTATION("议事协商会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
