package cn.shangliang.demo;

import cn.shangliang.testsupport.EmptyDatabaseProfile;
import cn.shangliang.assembly.Decision;
import cn.shangliang.assembly.Phase;
import cn.shangliang.budget.BudgetCycle;
import cn.shangliang.budget.BudgetProject;
import cn.shangliang.budget.CycleStatus;
import cn.shangliang.budget.ProjectStatus;
import cn.shangliang.budget.VoteMode;
import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.common.i18n.Labels;
import cn.shangliang.common.security.Role;
import cn.shangliang.community.Community;
import cn.shangliang.council.Council;
import cn.shangliang.council.FollowUp;
import cn.shangliang.council.FollowUpStatus;
import cn.shangliang.council.Meeting;
import cn.shangliang.hearing.Hearing;
import cn.shangliang.hearing.HearingApplication;
import cn.shangliang.hearing.HearingStatus;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import cn.shangliang.ownercard.OwnerCard;
import cn.shangliang.proposal.CoSignature;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalConfig;
import cn.shangliang.proposal.ProposalStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole demo (base and every feature's) lets each stage of the walk be reached (issue 19): enough residents to
 * bring a proposal to the co-sign threshold, two staff in a community, a hearing open for registration, an owners'
 * decision open for voting with cards to vote with, budget cycles at their stages, a reported follow-up its
 * proposer can rate, and audit entries that read as words. Seeded in a transaction that is rolled back, on a
 * database of its own: what other test classes leave behind (their communities, a demo seeded earlier) would change
 * what the demo's loaders pick and skip.
 */
@QuarkusTest
@TestProfile(DemoStagesTest.OwnDatabase.class)
class DemoStagesTest {

    public static class OwnDatabase extends EmptyDatabaseProfile {
        public OwnDatabase() {
            super("target/demo-stages");
        }
    }

    @Inject
    DemoCommunity community;

    @Inject
    Event<DemoSeeded> seeded;

    @Inject
    ProposalConfig proposals;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void everyStageCanBeReachedFromTheDemo() throws Exception {
        tx.setTransactionTimeout(600);
        tx.begin();
        List<String> unreachable = new ArrayList<>();
        try {
            long auditBefore = ((Number) em.createQuery("select coalesce(max(id), 0) from AuditEntry").getSingleResult()).longValue();
            community.seed();
            seeded.fire(new DemoSeeded());
            em.flush();
            Community gaoxin = Community.find("name", DemoCommunity.COMMUNITY_GAOXIN).firstResult();
            Community kejiyuan = Community.find("name", DemoCommunity.COMMUNITY_KEJIYUAN).firstResult();

            // 附议: a proposal collecting co-signs, and enough residents left to bring it to review
            Set<Long> residents = RoleGrant.<RoleGrant>list("role = ?1 and scopeType = ?2 and scopeId = ?3",
                    Role.RESIDENT, Scope.Type.COMMUNITY, gaoxin.id).stream().map(g -> g.accountId).collect(Collectors.toSet());
            List<Proposal> collecting = Proposal.list("communityId = ?1 and status = ?2", gaoxin.id, ProposalStatus.SUBMITTED);
            if (collecting.isEmpty()) {
                unreachable.add("no proposal collecting co-signs");
            }
            for (Proposal p : collecting) {
                Set<Long> signed = CoSignature.<CoSignature>list("proposalId", p.id).stream().map(c -> c.accountId)
                        .collect(Collectors.toSet());
                long mayStillSign = residents.stream().filter(a -> !a.equals(p.proposerId) && !signed.contains(a)).count();
                if (proposals.cosignThreshold() - p.cosignCount > mayStillSign) {
                    unreachable.add("proposal " + p.title + " can never reach " + proposals.cosignThreshold()
                            + " co-signs: " + p.cosignCount + " so far, " + mayStillSign + " residents left");
                }
            }

            // two staff in a community: what needs a second person can be done
            if (RoleGrant.count("role = ?1 and scopeType = ?2 and scopeId = ?3", Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY,
                    gaoxin.id) < 2) {
                unreachable.add("fewer than two staff in " + gaoxin.name);
            }

            // 听证: registration open, with residents who have not applied yet
            List<Hearing> open = Hearing.list("status = ?1 and communityId = ?2", HearingStatus.REGISTRATION_OPEN, gaoxin.id);
            if (open.isEmpty()) {
                unreachable.add("no hearing open for registration");
            }
            for (Hearing h : open) {
                Set<Long> applied = HearingApplication.<HearingApplication>list("hearingId", h.id).stream()
                        .map(a -> a.accountId).collect(Collectors.toSet());
                if (RoleGrant.<RoleGrant>list("role = ?1 and scopeType = ?2 and scopeId = ?3", Role.RESIDENT,
                        Scope.Type.COMMUNITY, h.communityId).stream().allMatch(g -> applied.contains(g.accountId))) {
                    unreachable.add("every resident already applied to hearing " + h.title);
                }
            }

            // 业主共同决定: a decision open for voting, and owners' cards in its estate to vote with
            Instant now = Instant.now();
            List<Decision> voting = Decision.<Decision>list("communityId", gaoxin.id).stream()
                    .filter(d -> d.phase(now) == Phase.VOTING).toList();
            if (voting.isEmpty()) {
                unreachable.add("no owners' decision open for voting");
            } else if (OwnerCard.count("estateId", voting.get(0).estateId) == 0) {
                unreachable.add("no owners' card in the estate of the open decision");
            }

            // 议事会: a council with a meeting, and a reported follow-up whose proposer is asked to rate it
            if (Council.ofCommunity(gaoxin.id).isEmpty()
                    || Meeting.count("councilId", Council.ofCommunity(gaoxin.id).get().id) == 0) {
                unreachable.add("no council with a meeting in " + gaoxin.name);
            }
            if (Council.ofCommunity(gaoxin.id).isEmpty() || FollowUp.count("councilId = ?1 and status = ?2",
                    Council.ofCommunity(gaoxin.id).get().id, FollowUpStatus.REPORTED) == 0) {
                unreachable.add("no reported follow-up to rate");
            }

            // 民生微实事: cycles at the stages the app cannot skip to, each leading on to the next
            for (CycleStatus status : List.of(CycleStatus.PROPOSING, CycleStatus.REVIEWING, CycleStatus.VOTING, CycleStatus.APPROVED)) {
                if (BudgetCycle.count("status = ?1 and communityId in ?2", status, List.of(gaoxin.id, kejiyuan.id)) == 0) {
                    unreachable.add("no budget cycle " + status);
                }
            }
            BudgetCycle residentsVote = BudgetCycle.find("status = ?1 and voteMode = ?2 and communityId = ?3", CycleStatus.VOTING,
                    VoteMode.RESIDENTS_APPROVAL, kejiyuan.id).firstResult();
            if (residentsVote == null || BudgetProject.count("cycleId = ?1 and status = ?2", residentsVote.id,
                    ProjectStatus.ACCEPTED) < 2 || !residentsVote.communityId.equals(kejiyuan.id)) {
                unreachable.add("no residents' budget vote with projects to choose from in " + kejiyuan.name);
            }
            BudgetCycle approved = BudgetCycle.find("status = ?1 and communityId = ?2", CycleStatus.APPROVED, gaoxin.id).firstResult();
            if (approved == null || BudgetProject.count("cycleId = ?1 and status = ?2", approved.id, ProjectStatus.APPROVED) == 0) {
                unreachable.add("no approved budget project waiting for its contract");
            }

            // what the demo wrote reads as words in the audit table
            List<String> unlabelled = AuditEntry.<AuditEntry>list("id > ?1", auditBefore).stream().map(e -> e.action).distinct()
                    .filter(a -> Labels.text("audit.action." + a, "zh") == null || Labels.text("audit.action." + a, "en") == null)
                    .toList();
            if (!unlabelled.isEmpty()) {
                unreachable.add("audit actions without labels: " + unlabelled);
            }
        } finally {
            tx.rollback();
        }
        assertEquals(List.of(), unreachable, "stages the demo data does not let anyone reach");
    }
}
