package cn.shangliang.assembly;

import cn.shangliang.common.rules.Labelled;

/**
 * Where a decision stands. A published decision is in its notice period until {@code opensAt}, open for
 * voting until {@code closesAt}, then waits to be counted: those phases follow from the clock
 * ({@link Decision#phase}), so nothing has to run to open a vote on time. The allowed changes are
 * {@link DecisionWorkflow#TRANSITIONS}.
 */
public enum DecisionStatus implements Labelled {
    DRAFT, PUBLISHED, CLOSED, CANCELLED
}
