package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

public enum HearingStatus implements Labelled {
    DRAFT("草稿"),
    ANNOUNCED("已公告"),
    REGISTRATION_OPEN("报名中"),
    REGISTRATION_CLOSED("报名已截止"),
    PARTICIPANTS_FIXED("代表名单已确定"),
    IN_SESSION("听证进行中"),
    RECORD_CONFIRMATION("笔录确认中"),
    REPORT_PUBLISHED("报告已公布"),
    CANCELLED("已取消");

    private final String label;

    HearingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
