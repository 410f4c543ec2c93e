package cn.shangliang.home;

import cn.shangliang.assembly.AssemblyFixtures;
import cn.shangliang.budget.BudgetFixtures;
import cn.shangliang.common.security.Role;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.hearing.HearingFixtures;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;

/**
 * The visitors of the page-wide crawls (English pages, internal codes, server errors): one for each role the demo
 * has, in a fresh place of the shared test world with something in every stage to look at — a council, a budget
 * cycle with a proposal, a residents' proposal with a comment, owners with and without a card, owners' decisions
 * (open for voting with a ballot cast, counted, a draft), a council meeting with its agenda published, and a hearing
 * open for registration.
 */
@ApplicationScoped
public class CrawlVisitors {

    @Inject
    TestWorld world;

    @Inject
    CouncilTestData council;

    @Inject
    BudgetFixtures budget;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    HearingFixtures hearings;

    /** Visitor → bearer token (null for the guest), in the order the crawls report them. */
    public Map<String, String> visitors() {
        CouncilTestData.Board board = council.board(3);
        TestWorld.Place place = board.place();
        String staff = board.staff().token();
        Fixtures.User resident = budget.resident(place.communityId());
        long cycle = BudgetFixtures.openCycle(new BudgetFixtures.Place(place.communityId(), board.staff()), null);
        BudgetFixtures.propose(resident.token(), cycle, "Handrails", 60000);
        long proposal = as(resident.token()).body(Map.of("communityId", place.communityId(), "title", "Fitness bars",
                        "description", "Loose bars", "category", "FACILITIES", "place", "Garden"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        as(resident.token()).body(Map.of("kind", "PROPOSAL", "subjectId", proposal, "body", "Good idea"))
                .post("/api/comments").then().statusCode(201);
        TestWorld.Owners owners = world.owners(place.estateId(), 3);
        String owner = world.card(place.estateId(), owners.owners().get(0));
        // a decision published 16 days ago, open for voting since an hour; one published four weeks ago, counted
        // yesterday (verification, the owner's proof, inspections); and a draft. The crawl runs in real time.
        long decision = assembly.earlier(Duration.ofDays(16).plusHours(1),
                () -> AssemblyFixtures.publish(place.estateId(), staff));
        assembly.cast(decision, owner, "AGREE");
        assembly.earlier(Duration.ofDays(27), () -> {
            long counted = assembly.open(staff, AssemblyFixtures.decisionBody(place.estateId(), "PROPERTY_MANAGER"));
            assembly.cast(counted, owner, "OPPOSE");
            assembly.close(counted, staff);
            return counted;
        });
        AssemblyFixtures.create(staff, AssemblyFixtures.decisionBody(place.estateId(), "PROPERTY_MANAGER"));
        council.publishedMeeting(board);
        hearings.hearingWithApplicants(place.communityId());

        Map<String, String> visitors = new LinkedHashMap<>();
        visitors.put("guest", null);
        visitors.put("resident", resident.token());
        visitors.put("owner (card)", owner);
        visitors.put("council chair", board.chair().user().token());
        visitors.put("council member", board.members().get(1).user().token());
        visitors.put("community staff", staff);
        visitors.put("subdistrict admin", world.admin(place.subdistrictId()).token());
        visitors.put("supervisor", world.subdistrictUser(Role.SUPERVISOR, place.subdistrictId()).token());
        return visitors;
    }
}
