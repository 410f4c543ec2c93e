package cn.shangliang.hearing;

import cn.shangliang.common.rules.Labelled;

/** Where an application stands: representatives wait for the list; observers are registered at once. */
public enum ApplicationOutcome implements Labelled {
    APPLIED,
    SELECTED,
    RESERVE,
    OBSERVER;
}
