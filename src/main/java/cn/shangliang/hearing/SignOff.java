package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** A representative's confirmation of the hearing record (听证笔录). */
public enum SignOff implements Labelled {
    PENDING("待确认"),
    SIGNED("已签字"),
    SIGNED_WITH_CORRECTIONS("已签字（有更正）"),
    /** A refusal is noted in the record; it must not hold the report back forever. */
    REFUSED("拒绝签字（已记录在案）");

    private final String label;

    SignOff(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
