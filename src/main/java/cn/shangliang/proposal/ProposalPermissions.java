package cn.shangliang.proposal;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.COUNCIL_CHAIR;
import static cn.shangliang.common.security.Role.COUNCIL_MEMBER;
import static cn.shangliang.common.security.Role.OWNER;
import static cn.shangliang.common.security.Role.RESIDENT;

import cn.shangliang.common.security.Actor;
import cn.shangliang.common.security.Role;
import cn.shangliang.common.rules.RuleViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with a proposal. The actor's roles are those held in the proposal's community, so "a
 * resident of the same community" is simply holding RESIDENT there. Withdrawing belongs to the proposer
 * alone, whatever their roles, so it is an object check and not in the role table.
 */
public final class ProposalPermissions {
    private static final Map<ProposalAction, Set<Role>> TABLE = new EnumMap<>(ProposalAction.class);

    static {
        TABLE.put(ProposalAction.SUBMIT, roles(RESIDENT, OWNER, COUNCIL_MEMBER, COUNCIL_CHAIR));
        TABLE.put(ProposalAction.COSIGN, roles(RESIDENT));
        TABLE.put(ProposalAction.REVIEW, roles(COMMUNITY_STAFF, COUNCIL_CHAIR));
        TABLE.put(ProposalAction.SCHEDULE, roles(COMMUNITY_STAFF, COUNCIL_CHAIR));
    }

    private ProposalPermissions() {
    }

    private static Set<Role> roles(Role... roles) {
        return Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles)));
    }

    public static boolean allows(Role role, ProposalAction action) {
        return TABLE.get(action).contains(role);
    }

    public static boolean allows(Actor actor, ProposalAction action) {
        return actor.rolesInCommunity().stream().anyMatch(role -> allows(role, action));
    }

    /** A resident of the community, not the proposer, once, while co-signatures are being collected. */
    public static List<RuleViolation> checkCosign(Actor actor, long proposerId, ProposalStatus status,
                                                  boolean alreadyCosigned) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!allows(actor, ProposalAction.COSIGN)) {
            violations.add(new RuleViolation("proposal.cosign.not-resident", "只有本社区居民可以附议。"));
        }
        if (actor.userId() == proposerId) {
            violations.add(new RuleViolation("proposal.cosign.own-proposal", "不能附议自己提出的议题。"));
        }
        if (alreadyCosigned) {
            violations.add(new RuleViolation("proposal.cosign.already", "您已附议过这个议题。"));
        }
        if (status != ProposalStatus.SUBMITTED) {
            violations.add(new RuleViolation("proposal.cosign.closed",
                    "议题当前为「" + status.label() + "」，已停止征集附议。"));
        }
        return violations;
    }

    /** Staff or the council chair of the community; a chair does not review a proposal of their own. */
    public static List<RuleViolation> checkReview(Actor actor, long proposerId) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!allows(actor, ProposalAction.REVIEW)) {
            violations.add(new RuleViolation("proposal.review.not-allowed", "只有社区工作人员或议事会主席可以审核议题。"));
        }
        if (actor.userId() == proposerId) {
            violations.add(new RuleViolation("proposal.review.own-proposal", "不能审核自己提出的议题。"));
        }
        return violations;
    }

    public static List<RuleViolation> checkWithdraw(Actor actor, long proposerId, ProposalStatus status) {
        List<RuleViolation> violations = new ArrayList<>(ProposalWorkflow.TRANSITIONS.check(status, ProposalStatus.WITHDRAWN));
        if (actor.userId() != proposerId) {
            violations.add(new RuleViolation("proposal.withdraw.not-proposer", "只有提出人可以撤回议题。"));
        }
        return violations;
    }
}
