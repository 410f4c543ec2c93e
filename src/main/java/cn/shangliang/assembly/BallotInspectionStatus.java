package cn.shangliang.assembly;

import cn.shangliang.common.rules.Labelled;

/** Where an inspection of named ballots stands. */
public enum BallotInspectionStatus implements Labelled {
    REQUESTED, APPROVED, REFUSED
}
