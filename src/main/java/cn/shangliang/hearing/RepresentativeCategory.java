package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** Seat categories of hearing representatives (听证代表); the lottery draws within each one. */
public enum RepresentativeCategory implements Labelled {
    STAKEHOLDER,
    ORDINARY_RESIDENT,
    EXPERT,
    DEPUTY,
    ORGANIZATION;
}
