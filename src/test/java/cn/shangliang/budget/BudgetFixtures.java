package cn.shangliang.budget;

import cn.shangliang.community.Community;
import cn.shangliang.community.Resident;
import cn.shangliang.community.Subdistrict;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A community with its staff, residents on the roster and council members, for the budget tests. */
@ApplicationScoped
public class BudgetFixtures {

    @Inject
    Fixtures fixtures;

    public record Place(long communityId, Fixtures.User staff) {
    }

    @Transactional
    public long community() {
        Subdistrict s = new Subdistrict();
        s.name = "街道-" + UUID.randomUUID();
        s.persist();
        Community c = new Community();
        c.subdistrictId = s.id;
        c.name = "社区-" + UUID.randomUUID();
        c.persist();
        return c.id;
    }

    public Place place() {
        long community = community();
        return new Place(community, fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, community));
    }

    /** A resident account of the community, on its roster. */
    public Fixtures.User resident(long communityId) {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, communityId);
        onRoster(communityId, user.accountId());
        return user;
    }

    @Transactional
    public void onRoster(long communityId, long accountId) {
        Resident r = new Resident();
        r.communityId = communityId;
        r.accountId = accountId;
        r.name = "居民" + accountId;
        r.persist();
    }

    public Fixtures.User councilMember(long communityId) {
        return fixtures.user(Role.COUNCIL_MEMBER, Scope.Type.COMMUNITY, communityId);
    }

    public Fixtures.User user(Role role, long communityId) {
        return fixtures.user(role, Scope.Type.COMMUNITY, communityId);
    }

    /** Lets the notice period end now, as if its days had passed. */
    @Transactional
    public void endNotice(long cycleId) {
        BudgetCycle c = BudgetCycle.findById(cycleId);
        c.noticeEndsAt = Instant.now().minusSeconds(1);
    }

    /** Opens a cycle by the API with small numbers (budget 1000 yuan) and returns its id. */
    public static long openCycle(Place place, String extraJson) {
        String body = "{\"communityId\":" + place.communityId() + ",\"year\":2026,\"budgetFen\":100000"
                + (extraJson == null ? "" : "," + extraJson) + "}";
        return given().auth().oauth2(place.staff().token()).contentType("application/json").body(body)
                .post("/api/budget/cycles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Staff of {@code place} review {@code cycleId}, accept {@code projects} and open the vote, through the API. */
    public static void openVote(Place place, long cycleId, long... projects) {
        String staff = place.staff().token();
        post(staff, "/api/budget/cycles/" + cycleId + "/review", null, 200);
        for (long p : projects) {
            post(staff, "/api/budget/projects/" + p + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        }
        post(staff, "/api/budget/cycles/" + cycleId + "/vote", null, 200);
    }

    public static long propose(String token, long cycleId, String title, long costFen) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"need\":\"需要\",\"location\":\"3栋\",\"type\":\"SERVICE\","
                        + "\"estimatedCostFen\":" + costFen + ",\"beneficiaries\":\"老人\"}")
                .post("/api/budget/cycles/" + cycleId + "/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * A 1000-fen project of {@code proposer} in a new residents' approval cycle, taken by the API through review,
     * the proposer's ballot, selection, the notice period and the contract: ready for acceptance. Returns its id.
     */
    public long contractedProject(Place place, Fixtures.User proposer, String title) {
        String staff = place.staff().token();
        long cycle = openCycle(place, "\"voteMode\":\"RESIDENTS_APPROVAL\"");
        long p = propose(proposer.token(), cycle, title, 1000);
        post(staff, "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(staff, "/api/budget/projects/" + p + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        post(staff, "/api/budget/cycles/" + cycle + "/vote", null, 200);
        post(proposer.token(), "/api/budget/cycles/" + cycle + "/ballots/resident", "{\"projectIds\":[" + p + "]}", 200);
        post(staff, "/api/budget/cycles/" + cycle + "/selection", null, 200);
        endNotice(cycle);
        post(staff, "/api/budget/cycles/" + cycle + "/confirm", null, 200);
        post(staff, "/api/budget/projects/" + p + "/contract",
                "{\"implementerName\":\"社工站\",\"implementerKind\":\"SOCIAL_ORGANIZATION\",\"contractFen\":1000}", 200);
        return p;
    }

    public static void post(String token, String path, String json, int status) {
        given().auth().oauth2(token).contentType("application/json").body(json == null ? "{}" : json)
                .post(path).then().statusCode(status);
    }
}
