package cn.shangliang.assembly;

import static cn.shangliang.assembly.DecisionStatus.CANCELLED;
import static cn.shangliang.assembly.DecisionStatus.CLOSED;
import static cn.shangliang.assembly.DecisionStatus.DRAFT;
import static cn.shangliang.assembly.DecisionStatus.PUBLISHED;

import cn.shangliang.common.rules.RuleViolation;
import cn.shangliang.common.rules.TransitionTable;

import java.time.Instant;
import java.util.List;

/**
 * A decision's life: a draft is published (its roster snapshot taken) or dropped; a published decision is closed
 * and counted after its window, or cancelled with a reason before that. Closed and cancelled are final; a recount
 * stays CLOSED. The refusal codes are the ones the API has always answered with, so clients keep working.
 */
public final class DecisionWorkflow {

    public static final TransitionTable<DecisionStatus> TRANSITIONS = TransitionTable
            .builder(DecisionStatus.class, "assembly.decision")
            .allow(DRAFT, PUBLISHED, CANCELLED)
            .allow(PUBLISHED, CLOSED, CANCELLED)
            .build();

    private DecisionWorkflow() {
    }

    /** Only a draft is edited (its estate stays) or published. */
    public static List<RuleViolation> checkEdit(DecisionStatus status) {
        return status == DRAFT ? List.of() : List.of(RuleViolation.conflict("not-draft"));
    }

    public static List<RuleViolation> checkPublish(DecisionStatus status) {
        return refuseUnless(TRANSITIONS.allows(status, PUBLISHED), "not-draft");
    }

    /** The window is extended only while it still runs: an extension after the close would reopen a count. */
    public static List<RuleViolation> checkExtend(DecisionStatus status, Instant now, Instant closesAt) {
        return refuseUnless(status == PUBLISHED && now.isBefore(closesAt), "not-extendable");
    }

    public static List<RuleViolation> checkCancel(DecisionStatus status) {
        return refuseUnless(TRANSITIONS.allows(status, CANCELLED), "not-cancellable");
    }

    /** The time guard (window plus the change grace) sits with the count, which knows the grace. */
    public static List<RuleViolation> checkClose(DecisionStatus status) {
        return refuseUnless(TRANSITIONS.allows(status, CLOSED), "not-closable");
    }

    /** A count is run again only over a closed decision: the published result is what it corrects. */
    public static List<RuleViolation> checkRecount(DecisionStatus status) {
        return refuseUnless(status == CLOSED, "assembly.recount.not-closed");
    }

    /** Turnout is public for any decision that was not called off. */
    public static List<RuleViolation> checkTurnout(DecisionStatus status) {
        return refuseUnless(status != CANCELLED, "cancelled");
    }

    /** Staff record that a paper ballot was delivered while the decision is published and not yet closed. */
    public static boolean recordsDeliveries(DecisionStatus status) {
        return status == PUBLISHED;
    }

    /** Owners cast, change and withdraw online ballots while the window runs. */
    public static boolean takesBallots(Phase phase) {
        return phase == Phase.VOTING;
    }

    /** A proxy's signed ballot is taken only while voting runs, like an owner's own online ballot. */
    public static boolean takesProxyBallots(Phase phase) {
        return phase == Phase.VOTING;
    }

    /**
     * Paper entries and mandates are recorded while voting is open, after the window until the count, and after a
     * provisional count until the result is final: that is how pending sheets and conflicts get resolved.
     */
    public static boolean takesStaffRecords(Phase phase, boolean provisionalResult) {
        return phase == Phase.VOTING || phase == Phase.COUNTING || phase == Phase.CLOSED && provisionalResult;
    }

    /** Owners and the public see a decision once it was published (a draft is staff's alone). */
    public static boolean isPublic(DecisionStatus status) {
        return status != DRAFT;
    }

    /** Only a closed decision has a counted result, a public record and inspections of named ballots. */
    public static boolean isCounted(DecisionStatus status) {
        return status == CLOSED;
    }

    /** Staff settle a voter's conflicting records while the decision runs or after its count (then recount). */
    public static boolean resolvesConflicts(DecisionStatus status) {
        return status == PUBLISHED || status == CLOSED;
    }

    private static List<RuleViolation> refuseUnless(boolean allowed, String code) {
        return allowed ? List.of() : List.of(RuleViolation.conflict(code));
    }
}
