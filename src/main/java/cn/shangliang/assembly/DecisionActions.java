package cn.shangliang.assembly;

import static cn.shangliang.assembly.DecisionStatus.PUBLISHED;

/**
 * The steps a decision's page offers now: each allowed by {@link DecisionWorkflow} from the current status and
 * phase, and the staff steps only to staff of the estate ({@link AssemblyPermissions}). Time guards (the change
 * grace before a close, the end of the window before an extension) stay with the services, which say why.
 *
 * @param records the staff's records desk (paper ballots, mandates, conflicts) is open
 * @param vote    owners may vote now
 */
public record DecisionActions(boolean edit, boolean publish, boolean extend, boolean close, boolean records,
                              boolean recount, boolean cancel, boolean vote) {

    public static DecisionActions of(DecisionStatus status, Phase phase, boolean staff, boolean counted) {
        return new DecisionActions(
                staff && DecisionWorkflow.checkEdit(status).isEmpty(),
                staff && DecisionWorkflow.checkPublish(status).isEmpty(),
                staff && status == PUBLISHED,
                staff && DecisionWorkflow.checkClose(status).isEmpty(),
                staff && (status == PUBLISHED || counted),
                staff && counted && DecisionWorkflow.checkRecount(status).isEmpty(),
                staff && DecisionWorkflow.checkCancel(status).isEmpty(),
                DecisionWorkflow.takesBallots(phase));
    }
}
