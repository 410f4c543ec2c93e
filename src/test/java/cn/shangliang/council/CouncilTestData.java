package cn.shangliang.council;

import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalCategory;
import cn.shangliang.proposal.ProposalStatus;
import cn.shangliang.testsupport.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Communities, residents and councils for the council and proposal tests. */
@ApplicationScoped
public class CouncilTestData {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    public record Member(long memberId, Fixtures.User user) {
    }

    public record Board(long communityId, long councilId, Fixtures.User staff, Member chair, List<Member> members) {
    }

    @Transactional
    public long community() {
        Subdistrict s = new Subdistrict();
        s.name = "街道" + UUID.randomUUID();
        s.persist();
        Community c = new Community();
        c.subdistrictId = s.id;
        c.name = "社区" + UUID.randomUUID().toString().substring(0, 8);
        c.persist();
        return c.id;
    }

    /** An account with RESIDENT on the community and a resident row linking it there. */
    public Fixtures.User resident(long communityId) {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, communityId);
        link(user.accountId(), communityId);
        return user;
    }

    @Transactional
    void link(long accountId, long communityId) {
        Resident r = new Resident();
        r.communityId = communityId;
        r.accountId = accountId;
        r.name = "居民" + accountId;
        r.persist();
    }

    public Fixtures.User staff(long communityId) {
        return fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, communityId);
    }

    /**
     * A community with a council of {@code size} members (the first is the chair), each a resident with the
     * member grants, created directly (the API tests create them through the API).
     */
    @Transactional
    public Board board(int size) {
        long communityId = community();
        Council council = new Council();
        council.communityId = communityId;
        council.name = "测试议事会";
        council.createdOn = LocalDate.of(2026, 1, 1);
        council.persist();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Fixtures.User user = resident(communityId);
            fixtures.grant(user.accountId(), Role.COUNCIL_MEMBER, Scope.Type.COMMUNITY, communityId);
            CouncilMember m = new CouncilMember();
            m.councilId = council.id;
            m.accountId = user.accountId();
            m.name = "成员" + (i + 1);
            m.seat = SeatCategory.RESIDENT_REPRESENTATIVE;
            m.chair = i == 0;
            m.termStart = council.createdOn;
            m.persist();
            if (i == 0) {
                fixtures.grant(user.accountId(), Role.COUNCIL_CHAIR, Scope.Type.COMMUNITY, communityId);
            }
            members.add(new Member(m.id, user));
        }
        return new Board(communityId, council.id, staff(communityId), members.get(0), members);
    }

    /** {@code n} proposals spread over every status and category, inserted in batches. */
    @Transactional
    public void seedProposals(long communityId, long proposerId, int n) {
        ProposalStatus[] statuses = ProposalStatus.values();
        ProposalCategory[] categories = ProposalCategory.values();
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            Proposal p = new Proposal();
            p.communityId = communityId;
            p.proposerId = proposerId;
            p.proposerName = "居民";
            p.title = "议题" + i + (i % 97 == 0 ? " 电梯" : "");
            p.description = "关于小区公共事务的建议，编号" + i;
            p.category = categories[i % categories.length];
            p.status = statuses[i % statuses.length];
            p.createdAt = now;
            p.updatedAt = now;
            p.persist();
            if (i % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
    }
}
