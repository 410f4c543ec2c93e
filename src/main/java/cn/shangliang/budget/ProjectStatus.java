package cn.shangliang.budget;

import cn.shangliang.common.rules.Labelled;

/** Where one proposed project stands, from the resident's proposal to its acceptance. */
public enum ProjectStatus implements Labelled {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    MERGED,
    SELECTED,
    NOT_SELECTED,
    APPROVED,
    IMPLEMENTING,
    RECTIFYING,
    COMPLETED,
    FAILED;

    /** Residents rate a project once it is completed; its page then shows their evaluation. */
    public boolean takesRatings() {
        return this == COMPLETED;
    }
}
