package cn.shangliang.community.roster;

/** Where a page upload of a roster stands; the last three are final. */
public enum RosterJobStatus {
    QUEUED, VALIDATING, WRITING, DONE, REJECTED, FAILED;

    public boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }
}
