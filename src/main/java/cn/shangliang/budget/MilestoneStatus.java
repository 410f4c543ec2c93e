package cn.shangliang.budget;

import cn.shangliang.common.rules.Labelled;

/** Where a planned step of a project stands: planned, done (on a date) or missed (with the reason). */
public enum MilestoneStatus implements Labelled {
    PLANNED,
    DONE,
    MISSED;
}
