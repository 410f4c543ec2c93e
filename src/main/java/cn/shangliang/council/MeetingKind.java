package cn.shangliang.council;

import cn.shangliang.common.rules.Labelled;

public enum MeetingKind implements Labelled {
    MONTHLY,
    SPECIAL,
    /** The semi-annual 议事协商会议 led by the Party organisation and convened by the residents' committee. */
    CONSULTATION;
}
