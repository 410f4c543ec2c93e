package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

/** Where a proposal goes when the council is not the body to decide it. */
public enum TransferTarget implements Labelled {
    DEPARTMENT,
    OWNERS_ASSEMBLY,
    MICRO_PROJECT_PROGRAM;
}
