package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum FollowUpStatus implements Labelled {
    ASSIGNED,
    IN_PROGRESS,
    REPORTED,
    CLOSED;
}
