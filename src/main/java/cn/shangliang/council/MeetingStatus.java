package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum MeetingStatus implements Labelled {
    DRAFT,
    AGENDA_PUBLISHED,
    /** Check-in is open; votes need quorum on top of this status. */
    IN_PROGRESS,
    CLOSED,
    MINUTES_CONFIRMED,
    MINUTES_PUBLISHED,
    CANCELLED;
}
