package cn.shangliang.budget;

import static io.restassured.RestAssured.given;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The participatory budget's API against every kind of caller (issue 9), by {@link BudgetPermissions}. Cycles
 * of the callers' community, each a residents' approval vote with one project of a resident who is none of the
 * callers: R in review (its project A accepted), V with its vote open, S selected and in its notice period (O an
 * objection to it), and P a contracted project (M its milestone, K a complaint about it). OTHER is staff of
 * another community. Bodies are valid, so a caller who may act meets the state: R's proposal window is closed
 * (409), the paper proposal staff enter keeps R from opening its vote (409), V is not a council vote (409). Rows run
 * in order: P's acceptance by staff lets RES rate it. Complaints are open to anyone logged in and answered by the
 * supervisor; the Pabulib check is open to all. The grid is the specification.
 */
@QuarkusTest
class BudgetRoleGridTest {

    private static final String GRID = """
                                                             NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET  /api/budget/cycles?community=C               200  200 200 200 200 200 200 200 200
            POST /api/budget/cycles                           401  403 403 403 403 201 403 403 403
            GET  /api/budget/cycles/R                         200  200 200 200 200 200 200 200 200
            GET  /api/budget/cycles/R/projects                200  200 200 200 200 200 200 200 200
            POST /api/budget/cycles/R/review                  401  403 403 403 403 409 403 403 403
            POST /api/budget/cycles/R/proposals               401  409 403 403 403 403 403 403 403
            POST /api/budget/cycles/R/paper-proposals         401  403 403 403 403 201 403 403 403
            GET  /api/budget/cycles/R/council-members         401  200 200 200 200 200 200 200 200
            PUT  /api/budget/cycles/R/attendance              401  403 403 403 403 409 403 403 403
            POST /api/budget/cycles/R/pabulib                 401  403 403 403 403 400 403 403 403
            POST /api/budget/cycles/R/vote                    401  403 403 403 403 409 403 403 403
            PUT  /api/budget/cycles/V/vote-deadline           401  403 403 403 403 400 403 403 403
            POST /api/budget/cycles/V/ballots/council         401  403 403 409 409 403 403 403 403
            POST /api/budget/cycles/V/ballots/tally           401  403 403 403 403 409 403 403 403
            POST /api/budget/cycles/V/ballots/resident        401  400 403 403 403 403 403 403 403
            GET  /api/budget/cycles/V/tally                   200  200 200 200 200 200 200 200 200
            POST /api/budget/cycles/V/selection               401  403 403 403 403 409 403 403 403
            GET  /api/budget/cycles/S/selection               200  200 200 200 200 200 200 200 200
            GET  /api/budget/cycles/S/objections              200  200 200 200 200 200 200 200 200
            POST /api/budget/cycles/S/objections              401  201 403 403 403 403 403 403 403
            POST /api/budget/objections/O/answer              401  403 403 403 403 200 403 403 403
            POST /api/budget/cycles/S/confirm                 401  403 403 403 403 409 403 403 403
            POST /api/budget/cycles/S/close                   401  403 403 403 403 409 403 403 403
            GET  /api/budget/cycles/S/money                   200  200 200 200 200 200 200 200 200
            GET  /api/budget/cycles/S/pabulib                 200  200 200 200 200 200 200 200 200
            POST /api/budget/pabulib/select                   400  400 400 400 400 400 400 400 400
            GET  /api/budget/projects/mine                    401  200 200 200 200 200 200 200 200
            GET  /api/budget/projects/P                       200  200 200 200 200 200 200 200 200
            POST /api/budget/projects/A/review                401  403 403 403 403 409 403 403 403
            POST /api/budget/projects/A/merge                 401  403 403 403 403 400 403 403 403
            POST /api/budget/projects/A/cost                  401  403 403 403 403 200 403 403 403
            POST /api/budget/projects/P/contract              401  403 403 403 403 409 403 403 403
            POST /api/budget/projects/P/milestones            401  403 403 403 403 201 403 403 403
            POST /api/budget/projects/P/milestones/M/outcome  401  403 403 403 403 200 403 403 403
            POST /api/budget/projects/P/reports               401  403 403 403 403 201 403 403 403
            POST /api/budget/projects/P/acceptance            401  403 403 403 403 200 403 403 403
            POST /api/budget/projects/P/ratings               401  201 403 403 403 403 403 403 403
            POST /api/budget/projects/P/complaints            401  201 201 201 201 201 201 201 201
            POST /api/budget/complaints/K/answer              401  403 403 403 403 403 403 200 403
            """;

    @Inject
    BudgetFixtures fx;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        TestWorld.Place place = world.place();
        long community = place.communityId();
        BudgetFixtures.Place budget = new BudgetFixtures.Place(community, world.staff(community));
        String staff = budget.staff().token();
        Fixtures.User proposer = world.resident(community);
        BudgetFixtures.Project review = fx.acceptedProject(budget, proposer, "健身角");
        BudgetFixtures.Project voting = fx.acceptedProject(budget, proposer, "读书角", 2027);
        BudgetFixtures.post(staff, "/api/budget/cycles/" + voting.cycle() + "/vote", null, 200);
        BudgetFixtures.Project selected = fx.selectedProject(budget, proposer, "路灯", 2028);
        long objection = id(proposer.token(), "/api/budget/cycles/" + selected.cycle() + "/objections", "{\"text\":\"不同意\"}");
        long contracted = fx.contractedProject(budget, proposer, "座椅", 2029);
        long milestone = id(staff, "/api/budget/projects/" + contracted + "/milestones", "{\"title\":\"进场\",\"dueOn\":\"2026-05-01\"}");
        long complaint = id(proposer.token(), "/api/budget/projects/" + contracted + "/complaints", "{\"text\":\"进度慢\"}");
        String proposal = "\"title\":\"长椅\",\"need\":\"需要\",\"location\":\"3栋\",\"type\":\"SERVICE\","
                + "\"estimatedCostFen\":1000,\"beneficiaries\":\"老人\"";
        Map<String, RoleGrid.Body> bodies = Map.ofEntries(
                body("POST /api/budget/cycles", "{\"communityId\":" + community + ",\"year\":2030,\"budgetFen\":100000}"),
                body("POST /api/budget/cycles/R/proposals", "{" + proposal + "}"),
                body("POST /api/budget/cycles/R/paper-proposals", "{" + proposal + ",\"proposerName\":\"张三\"}"),
                Map.entry("POST /api/budget/cycles/R/pabulib", RoleGrid.Body.text("")),
                body("POST /api/budget/cycles/S/objections", "{\"text\":\"不同意\"}"),
                body("POST /api/budget/objections/O/answer", "{\"text\":\"按规则选定\"}"),
                Map.entry("POST /api/budget/pabulib/select", RoleGrid.Body.text("")),
                body("POST /api/budget/projects/A/review", "{\"decision\":\"ACCEPT\"}"),
                body("POST /api/budget/projects/A/merge", "{\"intoId\":" + voting.id() + ",\"note\":\"相同\"}"),
                body("POST /api/budget/projects/A/cost", "{\"estimatedCostFen\":2000,\"note\":\"核价\"}"),
                body("POST /api/budget/projects/P/contract",
                        "{\"implementerName\":\"社工站\",\"implementerKind\":\"SOCIAL_ORGANIZATION\",\"contractFen\":1000}"),
                body("POST /api/budget/projects/P/milestones", "{\"title\":\"完工\",\"dueOn\":\"2026-06-01\"}"),
                body("POST /api/budget/projects/P/milestones/M/outcome", "{\"outcome\":\"DONE\",\"doneOn\":\"2026-05-01\"}"),
                body("POST /api/budget/projects/P/reports", "{\"text\":\"材料进场\",\"percent\":30}"),
                body("POST /api/budget/projects/P/acceptance",
                        "{\"result\":\"PASSED\",\"representatives\":\"居民代表\",\"finalCostFen\":1000}"),
                body("POST /api/budget/projects/P/ratings", "{\"stars\":5}"),
                body("POST /api/budget/projects/P/complaints", "{\"text\":\"进度慢\"}"),
                body("POST /api/budget/complaints/K/answer", "{\"text\":\"已核实\"}"));
        RoleGrid.check(GRID, RoleGrid.callers(world, place), RoleGrid.ids(Map.of("C", community, "R", review.cycle(),
                "V", voting.cycle(), "S", selected.cycle(), "O", objection, "A", review.id(), "P", contracted,
                "M", milestone, "K", complaint)), bodies);
    }

    private static Map.Entry<String, RoleGrid.Body> body(String row, String json) {
        return Map.entry(row, RoleGrid.Body.json(json));
    }

    private static long id(String token, String path, String json) {
        return given().auth().oauth2(token).contentType("application/json").body(json).post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
