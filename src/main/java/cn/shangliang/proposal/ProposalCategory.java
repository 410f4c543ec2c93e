package cn.shangliang.proposal;

import cn.shangliang.common.rules.Labelled;

/** What a proposal is about, for the filters of the public list. */
public enum ProposalCategory implements Labelled {
    ENVIRONMENT,
    FACILITIES,
    SAFETY,
    TRAFFIC_PARKING,
    ELDERLY_CHILDREN,
    PROPERTY_MANAGEMENT,
    CULTURE,
    OTHER;
}
