package cn.shangliang.budget;

import cn.shangliang.common.rules.Labelled;

/** Where a planned step of a project stands: planned, done (on a date) or missed (with the reason). */
public enum MilestoneStatus implements Labelled {
    PLANNED,
    DONE,
    MISSED;

    /** Whether it may still be recorded as done (the project page offers the outcome form while it may). */
    public boolean canBeDone() {
        return MilestoneWorkflow.TABLE.allows(this, DONE);
    }

    /** A missed step's note is the reason it was missed (the project page labels it so). */
    public boolean missed() {
        return this == MISSED;
    }

    /** Whether it may still be recorded as missed. */
    public boolean canBeMissed() {
        return MilestoneWorkflow.TABLE.allows(this, MISSED);
    }
}
