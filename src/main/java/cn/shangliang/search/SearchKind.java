package cn.shangliang.search;

import cn.shangliang.common.rules.Labelled;

/** What the one search box finds, in the order the groups are shown. */
public enum SearchKind implements Labelled {
    PROPOSAL, RESOLUTION, NOTICE, HEARING, BUDGET_PROJECT, COMMENT
}
