package cn.shangliang.budget;

import cn.shangliang.common.rules.Labelled;

/** The stages of a budget cycle (DOMAIN.md §2), in order; implementation and later run per project. */
public enum CycleStatus implements Labelled {
    PROPOSING,
    REVIEWING,
    VOTING,
    NOTICE,
    APPROVED,
    CLOSED;
}
