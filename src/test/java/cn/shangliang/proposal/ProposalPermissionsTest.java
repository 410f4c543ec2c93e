package cn.shangliang.proposal;

import static cn.shangliang.common.security.Role.COMMUNITY_STAFF;
import static cn.shangliang.common.security.Role.COUNCIL_CHAIR;
import static cn.shangliang.common.security.Role.COUNCIL_MEMBER;
import static cn.shangliang.common.security.Role.OWNER;
import static cn.shangliang.common.security.Role.RESIDENT;
import static cn.shangliang.proposal.ProposalStatus.ACCEPTED;
import static cn.shangliang.proposal.ProposalStatus.SUBMITTED;
import static cn.shangliang.proposal.ProposalStatus.UNDER_REVIEW;
import static cn.shangliang.testsupport.Violations.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.testsupport.PermissionGrid;
import cn.shangliang.common.security.Actor;
import cn.shangliang.common.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProposalPermissionsTest {
    private static final long PROPOSER = 1;
    private static final long OTHER = 2;

    /** The whole role table; columns follow {@link Role} order. */
    private static final String GRID = """
                      RES OWN MEM CHA STA SUB SUP
            SUBMIT     x   x   x   x   .   .   .
            COSIGN     x   .   .   .   .   .   .
            REVIEW     .   .   .   x   x   .   .
            SCHEDULE   .   .   .   x   x   .   .
            """;

    static Stream<Arguments> table() {
        return PermissionGrid.cells(GRID, ProposalAction.class);
    }

    @Test
    void theGridCoversEveryAction() {
        assertEquals(ProposalAction.values().length, GRID.lines().count() - 1);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("table")
    void eachRoleAndAction(Role role, ProposalAction action, boolean allowed) {
        assertEquals(allowed, ProposalPermissions.allows(role, action));
    }

    @Test
    void aResidentOfTheCommunityCosignsSomeoneElsesProposalOnce() {
        assertEquals(List.of(), ProposalPermissions.checkCosign(actor(OTHER, RESIDENT), PROPOSER, SUBMITTED, false));
        assertEquals(List.of(), ProposalPermissions.checkCosign(actor(OTHER, RESIDENT, COUNCIL_MEMBER), PROPOSER, SUBMITTED, false));
    }

    @Test
    void cosignRefusals() {
        assertEquals(List.of("proposal.cosign.not-resident"),
                codes(ProposalPermissions.checkCosign(actor(OTHER, OWNER), PROPOSER, SUBMITTED, false)));
        assertEquals(List.of("proposal.cosign.not-resident"),
                codes(ProposalPermissions.checkCosign(actor(OTHER), PROPOSER, SUBMITTED, false)));
        assertEquals(List.of("proposal.cosign.own-proposal"),
                codes(ProposalPermissions.checkCosign(actor(PROPOSER, RESIDENT), PROPOSER, SUBMITTED, false)));
        assertEquals(List.of("proposal.cosign.already"),
                codes(ProposalPermissions.checkCosign(actor(OTHER, RESIDENT), PROPOSER, SUBMITTED, true)));
        assertEquals(List.of("proposal.cosign.closed"),
                codes(ProposalPermissions.checkCosign(actor(OTHER, RESIDENT), PROPOSER, UNDER_REVIEW, false)));
        assertEquals(List.of("proposal.cosign.not-resident", "proposal.cosign.own-proposal", "proposal.cosign.already",
                        "proposal.cosign.closed"),
                codes(ProposalPermissions.checkCosign(actor(PROPOSER, COMMUNITY_STAFF), PROPOSER, ACCEPTED, true)));
    }

    @Test
    void staffOrTheChairReviewButNotTheirOwnProposal() {
        assertEquals(List.of(), ProposalPermissions.checkReview(actor(OTHER, COMMUNITY_STAFF), PROPOSER));
        assertEquals(List.of(), ProposalPermissions.checkReview(actor(OTHER, COUNCIL_CHAIR, RESIDENT), PROPOSER));
        assertEquals(List.of("proposal.review.not-allowed"),
                codes(ProposalPermissions.checkReview(actor(OTHER, COUNCIL_MEMBER, RESIDENT), PROPOSER)));
        assertEquals(List.of("proposal.review.own-proposal"),
                codes(ProposalPermissions.checkReview(actor(PROPOSER, COUNCIL_CHAIR), PROPOSER)));
    }

    @Test
    void onlyTheProposerWithdrawsAndOnlyBeforeTheOutcome() {
        assertEquals(List.of(), ProposalPermissions.checkWithdraw(actor(PROPOSER, RESIDENT), PROPOSER, SUBMITTED));
        assertEquals(List.of(), ProposalPermissions.checkWithdraw(actor(PROPOSER), PROPOSER, UNDER_REVIEW));
        assertEquals(List.of("proposal.withdraw.not-proposer"),
                codes(ProposalPermissions.checkWithdraw(actor(OTHER, COMMUNITY_STAFF), PROPOSER, SUBMITTED)));
        assertEquals(List.of("proposal.transition.not-allowed"),
                codes(ProposalPermissions.checkWithdraw(actor(PROPOSER, RESIDENT), PROPOSER, ACCEPTED)));
    }

    private static Actor actor(long userId, Role... roles) {
        return new Actor(userId, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)));
    }
}
