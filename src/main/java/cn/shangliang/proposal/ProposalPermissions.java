package cn.shangliang.proposal;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.COUNCIL_CHAIR;
import static cn.shangliang.common.security.Role.COUNCIL_MEMBER;
import static cn.shangliang.common.security.Role.OWNER;
import static cn.shangliang.common.security.Role.RESIDENT;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.rules.PermissionTable;
import cn.shangliang.common.rules.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may do what with a proposal. The actor's roles are those held in the proposal's community, so "a
 * resident of the same community" is simply holding RESIDENT there. Withdrawing belongs to the proposer
 * alone, whatever their roles, so it is an object check and not in the role table.
 */
public final class ProposalPermissions {
    private static final PermissionTable<ProposalAction> TABLE = PermissionTable.builder(ProposalAction.class)
            .allow(ProposalAction.SUBMIT, RESIDENT, OWNER, COUNCIL_MEMBER, COUNCIL_CHAIR)
            .allow(ProposalAction.COSIGN, RESIDENT)
            .allow(ProposalAction.REVIEW, COMMUNITY_STAFF, COUNCIL_CHAIR)
            .allow(ProposalAction.SCHEDULE, COMMUNITY_STAFF, COUNCIL_CHAIR)
            .build();

    private ProposalPermissions() {
    }

    public static boolean allows(Role role, ProposalAction action) {
        return TABLE.allows(role, action);
    }

    public static boolean allows(Actor actor, ProposalAction action) {
        return TABLE.allowsAny(actor.rolesInCommunity(), action);
    }

    /** A resident of the community, not the proposer, once, while co-signatures are being collected. */
    public static List<RuleViolation> checkCosign(Actor actor, long proposerId, ProposalStatus status,
                                                  boolean alreadyCosigned) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!allows(actor, ProposalAction.COSIGN)) {
            violations.add(RuleViolation.invalid("proposal.cosign.not-resident"));
        }
        if (actor.userId() == proposerId) {
            violations.add(RuleViolation.invalid("proposal.cosign.own-proposal"));
        }
        if (alreadyCosigned) {
            violations.add(RuleViolation.invalid("proposal.cosign.already"));
        }
        if (!ProposalWorkflow.collectsCosigns(status)) {
            violations.add(RuleViolation.invalid("proposal.cosign.closed", status));
        }
        return violations;
    }

    /** One's own co-sign, taken back while co-signatures are still being collected. */
    public static List<RuleViolation> checkWithdrawCosign(ProposalStatus status, boolean cosigned) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!cosigned) {
            violations.add(RuleViolation.invalid("proposal.cosign.withdraw.none"));
        }
        if (!ProposalWorkflow.collectsCosigns(status)) {
            violations.add(RuleViolation.invalid("proposal.cosign.withdraw.closed", status));
        }
        return violations;
    }

    /** Staff or the council chair of the community; a chair does not review a proposal of their own. */
    public static List<RuleViolation> checkReview(Actor actor, long proposerId) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!allows(actor, ProposalAction.REVIEW)) {
            violations.add(RuleViolation.invalid("proposal.review.not-allowed"));
        }
        if (actor.userId() == proposerId) {
            violations.add(RuleViolation.invalid("proposal.review.own-proposal"));
        }
        return violations;
    }

    public static List<RuleViolation> checkWithdraw(Actor actor, long proposerId, ProposalStatus status) {
        List<RuleViolation> violations = new ArrayList<>(ProposalWorkflow.TRANSITIONS.check(status, ProposalStatus.WITHDRAWN));
        if (actor.userId() != proposerId) {
            violations.add(RuleViolation.invalid("proposal.withdraw.not-proposer"));
        }
        return violations;
    }
}
