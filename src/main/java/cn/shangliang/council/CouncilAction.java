package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum CouncilAction implements Labelled {
    SCHEDULE_MEETING,
    PUBLISH_AGENDA,
    CANCEL_MEETING,
    OPEN_MEETING,
    CHECK_IN,
    RECORD_ATTENDANCE,
    RECORD_DELIBERATION,
    RECORD_VOTE,
    CLOSE_MEETING,
    CONFIRM_MINUTES,
    PUBLISH_MINUTES,
    MANAGE_MEMBERS,
    ASSIGN_FOLLOW_UP,
    UPDATE_FOLLOW_UP,
    RATE_FOLLOW_UP,
    VIEW_RECORDS;
}
