package cn.shangliang.council;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.proposal.Proposal;
import cn.shangliang.proposal.ProposalCategory;
import cn.shangliang.proposal.ProposalStatus;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;

/** Councils in communities of the shared {@link TestWorld}, and proposals, for the council and proposal tests. */
@ApplicationScoped
public class CouncilTestData {

    @Inject
    Fixtures fixtures;

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public record Member(long memberId, Fixtures.User user) {
    }

    /** A council in a place of the shared test world, its staff, its chair and its members (the chair first). */
    public record Board(TestWorld.Place place, long councilId, Fixtures.User staff, Member chair, List<Member> members) {

        public long communityId() {
            return place.communityId();
        }
    }

    /** A fresh community of the shared test world. */
    public long community() {
        return world.place().communityId();
    }

    /** An account with RESIDENT on the community and a resident row linking it there. */
    public Fixtures.User resident(long communityId) {
        return world.resident(communityId);
    }

    public Fixtures.User staff(long communityId) {
        return world.staff(communityId);
    }

    /**
     * A community with a council of {@code size} members (the first is the chair), each a resident with the
     * member grants, created directly (the API tests create them through the API).
     */
    @Transactional
    public Board board(int size) {
        TestWorld.Place place = world.place();
        long communityId = place.communityId();
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
        return new Board(place, council.id, staff(communityId), members.get(0), members);
    }

    /** A meeting of the council a week from today, with one agenda item, its agenda published by the chair. */
    public long publishedMeeting(Board board) {
        long meeting = draftMeeting(board);
        as(board.chair().user()).post("/api/meetings/" + meeting + "/publish").then().statusCode(204);
        return meeting;
    }

    /** A meeting of the council a week from today, scheduled by the chair with one agenda item, not yet published. */
    public long draftMeeting(Board board) {
        long meeting = as(board.chair().user()).body(Map.of("kind", "MONTHLY",
                        "date", LocalDate.now(clock).plusDays(7).toString(), "time", "19:00", "place", "社区议事厅"))
                .post("/api/councils/" + board.councilId() + "/meetings").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        item(board, meeting, "楼道堆物清理");
        return meeting;
    }

    /** Adds an item to the meeting's agenda as the chair; returns its id. */
    public long item(Board board, long meeting, String title) {
        return as(board.chair().user()).body(Map.of("title", title)).post("/api/meetings/" + meeting + "/items").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The body of a valid proposal for the community (a title, a description, a category). */
    public static String proposalJson(long communityId) {
        return "{\"communityId\":" + communityId + ",\"title\":\"修路灯\",\"description\":\"路灯坏了三盏\","
                + "\"category\":\"FACILITIES\"}";
    }

    /** A proposal submitted through the API by {@code proposer} in the community; returns its id. */
    public static long submitted(Fixtures.User proposer, long communityId) {
        return as(proposer).body(proposalJson(communityId)).post("/api/proposals").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** A proposal, submitted through the API, in a fresh place of the test world by a resident of its community. */
    public record Proposed(TestWorld.Place place, Fixtures.User proposer, long proposalId) {

        public long communityId() {
            return place.communityId();
        }
    }

    public Proposed proposed() {
        TestWorld.Place place = world.place();
        Fixtures.User proposer = resident(place.communityId());
        return new Proposed(place, proposer, submitted(proposer, place.communityId()));
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
