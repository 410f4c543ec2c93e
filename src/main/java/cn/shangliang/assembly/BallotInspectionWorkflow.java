package cn.shangliang.assembly;

import cn.shangliang.common.rules.TransitionTable;

import static cn.shangliang.assembly.BallotInspectionStatus.APPROVED;
import static cn.shangliang.assembly.BallotInspectionStatus.REFUSED;
import static cn.shangliang.assembly.BallotInspectionStatus.REQUESTED;

/** A request is decided once: approved (named choices may be read) or refused; both are final. */
public final class BallotInspectionWorkflow {

    public static final TransitionTable<BallotInspectionStatus> TABLE = TransitionTable
            .builder(BallotInspectionStatus.class, "assembly.inspection")
            .allow(REQUESTED, APPROVED, REFUSED)
            .build();

    private BallotInspectionWorkflow() {
    }
}
