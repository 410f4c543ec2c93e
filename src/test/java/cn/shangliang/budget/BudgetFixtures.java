package cn.shangliang.budget;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.TestWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

import static io.restassured.RestAssured.given;

/** A community of the shared {@link TestWorld} with its staff, residents on the roster and council members, and budget cycles taken through the API. */
@ApplicationScoped
public class BudgetFixtures {

    @Inject
    TestWorld world;

    public record Place(long communityId, Fixtures.User staff) {
    }

    /** A fresh community of the shared test world. */
    public long community() {
        return world.place().communityId();
    }

    public Place place() {
        long community = community();
        return new Place(community, world.staff(community));
    }

    /** A resident account of the community, on its roster. */
    public Fixtures.User resident(long communityId) {
        return world.resident(communityId);
    }

    public void onRoster(long communityId, long accountId) {
        world.linkResident(accountId, communityId, "居民" + accountId);
    }

    public Fixtures.User councilMember(long communityId) {
        return world.user(Role.COUNCIL_MEMBER, communityId);
    }

    public Fixtures.User user(Role role, long communityId) {
        return world.user(role, communityId);
    }

    /** Lets the notice period end now, as if its days had passed. */
    @Transactional
    public void endNotice(long cycleId) {
        BudgetCycle c = BudgetCycle.findById(cycleId);
        c.noticeEndsAt = Instant.now().minusSeconds(1);
    }

    /** Opens a cycle by the API with small numbers (budget 1000 yuan) and returns its id. */
    public static long openCycle(Place place, String extraJson) {
        return openCycle(place, 2026, extraJson);
    }

    /** The same for {@code year} (a community has one cycle a year). */
    public static long openCycle(Place place, int year, String extraJson) {
        String body = "{\"communityId\":" + place.communityId() + ",\"year\":" + year + ",\"budgetFen\":100000"
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

    /** A project and the residents' approval cycle it is in. */
    public record Project(long cycle, long id) {
    }

    /**
     * A 1000-fen project of {@code proposer} in a new residents' approval cycle, taken by the API through the
     * review: accepted, the cycle ready to open its vote.
     */
    public Project acceptedProject(Place place, Fixtures.User proposer, String title) {
        return acceptedProject(place, proposer, title, 2026);
    }

    /** The same in {@code year}'s cycle. */
    public Project acceptedProject(Place place, Fixtures.User proposer, String title, int year) {
        String staff = place.staff().token();
        long cycle = openCycle(place, year, "\"voteMode\":\"RESIDENTS_APPROVAL\"");
        long p = propose(proposer.token(), cycle, title, 1000);
        post(staff, "/api/budget/cycles/" + cycle + "/review", null, 200);
        post(staff, "/api/budget/projects/" + p + "/review", "{\"decision\":\"ACCEPT\"}", 200);
        return new Project(cycle, p);
    }

    /**
     * A 1000-fen project of {@code proposer} in a new residents' approval cycle, taken by the API through review,
     * the proposer's ballot and selection in {@code year}'s cycle: the cycle is in its notice period, open to objections.
     */
    public Project selectedProject(Place place, Fixtures.User proposer, String title, int year) {
        String staff = place.staff().token();
        Project project = acceptedProject(place, proposer, title, year);
        post(staff, "/api/budget/cycles/" + project.cycle() + "/vote", null, 200);
        post(proposer.token(), "/api/budget/cycles/" + project.cycle() + "/ballots/resident",
                "{\"projectIds\":[" + project.id() + "]}", 200);
        post(staff, "/api/budget/cycles/" + project.cycle() + "/selection", null, 200);
        return project;
    }

    /**
     * A 1000-fen project of {@code proposer} in a new residents' approval cycle, taken by the API through review,
     * the proposer's ballot, selection, the notice period and the contract: ready for acceptance. Returns its id.
     */
    public long contractedProject(Place place, Fixtures.User proposer, String title) {
        return contractedProject(place, proposer, title, 2026);
    }

    /** The same in {@code year}'s cycle. */
    public long contractedProject(Place place, Fixtures.User proposer, String title, int year) {
        String staff = place.staff().token();
        Project project = selectedProject(place, proposer, title, year);
        long cycle = project.cycle();
        long p = project.id();
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
