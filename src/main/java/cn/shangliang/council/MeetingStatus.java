package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum MeetingStatus implements Labelled {
    DRAFT("草稿"),
    AGENDA_PUBLISHED("议程已公布"),
    /** Check-in is open; votes need quorum on top of this status. */
    IN_PROGRESS("进行中"),
    CLOSED("已结束"),
    MINUTES_CONFIRMED("纪要已确认"),
    MINUTES_PUBLISHED("纪要已公开"),
    CANCELLED("已取消");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
