package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

public enum HearingStatus implements Labelled {
    DRAFT,
    ANNOUNCED,
    REGISTRATION_OPEN,
    REGISTRATION_CLOSED,
    PARTICIPANTS_FIXED,
    IN_SESSION,
    RECORD_CONFIRMATION,
    REPORT_PUBLISHED,
    CANCELLED;
}
