package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/**
 * What a hearing links to. These live in features built separately, so a link is a reference by type, id,
 * title and address rather than a foreign key.
 */
public enum LinkType implements Labelled {
    PROPOSAL,
    COUNCIL_RESOLUTION,
    BUDGET_PROJECT,
    OWNERS_DECISION,
    OTHER;
}
