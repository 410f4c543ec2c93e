package cn.shangliang.council;

import static cn.shangliang.testsupport.Api.as;

import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

/**
 * The council API against every kind of caller (issue 9), by {@link CouncilPermissions}: K is the council of the
 * callers' community, MEM and CHA two of its members (the chair); D is a draft meeting (DI its item), M a
 * published one, H one held today (J its second item, R the resolution on its first, F R's follow-up), X the
 * third member. OTHER is staff of another community. The clock stands on the day of M and H. Rows run in order, one
 * caller after another: where the chair acts first (M opened, H closed, DI removed), staff meet the new state; where
 * staff act first (the chair moved to X, X removed), the subdistrict does. Drafts and a follow-up before its minutes
 * are published are seen only by those who keep the records (404 to the others); the minutes text, draft or not,
 * is public, as the meeting's record is. The grid is the specification.
 */
@QuarkusTest
class CouncilRoleGridTest {

    private static final String GRID = """
                                                            NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET    /api/councils                             200  200 200 200 200 200 200 200 200
            POST   /api/councils                             401  403 403 403 403 409 409 403 403
            GET    /api/councils/K                           200  200 200 200 200 200 200 200 200
            GET    /api/councils/K/history                   200  200 200 200 200 200 200 200 200
            GET    /api/councils/K/meetings                  200  200 200 200 200 200 200 200 200
            GET    /api/councils/K/resolutions               200  200 200 200 200 200 200 200 200
            POST   /api/councils/K/meetings                  401  403 403 403 400 400 403 403 403
            GET    /api/meetings/D                           404  404 404 200 200 200 200 200 404
            PUT    /api/meetings/D                           401  403 403 403 200 200 403 403 403
            POST   /api/meetings/D/items                     401  403 403 403 400 400 403 403 403
            DELETE /api/meetings/D/items/DI                  401  403 403 403 204 404 403 403 403
            POST   /api/meetings/D/publish                   401  403 403 403 409 409 403 403 403
            POST   /api/meetings/M/withdraw                  401  403 403 403 400 400 403 403 403
            POST   /api/meetings/M/cancel                    401  403 403 403 400 400 403 403 403
            POST   /api/meetings/M/open                      401  403 403 403 204 409 403 403 403
            POST   /api/meetings/H/attendance                401  403 403 403 201 201 403 403 403
            POST   /api/meetings/H/check-in                  401  403 403 400 400 403 403 403 403
            PUT    /api/meetings/H/items/J/deliberation      401  403 403 403 400 400 403 403 403
            POST   /api/meetings/H/items/J/resolution        401  403 403 403 400 400 403 403 403
            POST   /api/resolutions/R/follow-up              401  403 403 403 409 409 403 403 403
            GET    /api/follow-ups/F                         404  404 404 200 200 200 200 200 404
            POST   /api/follow-ups/F/progress                401  403 403 403 400 400 403 403 403
            POST   /api/follow-ups/F/report                  401  403 403 403 400 400 403 403 403
            POST   /api/follow-ups/F/close                   401  403 403 403 409 409 403 403 403
            POST   /api/follow-ups/F/reopen                  401  403 403 403 400 400 403 403 403
            POST   /api/follow-ups/F/rating                  401  403 403 403 403 403 403 403 403
            POST   /api/meetings/H/close                     401  403 403 403 204 409 403 403 403
            GET    /api/meetings/H/minutes                   200  200 200 200 200 200 200 200 200
            POST   /api/meetings/H/minutes/confirm           401  403 403 403 204 403 403 403 403
            POST   /api/meetings/H/minutes/publish           401  403 403 403 204 409 403 403 403
            POST   /api/councils/K/members                   401  403 403 403 403 400 400 403 403
            PUT    /api/councils/K/chair                     401  403 403 403 403 204 409 403 403
            DELETE /api/councils/K/members/X?reason=moved    401  403 403 403 403 204 404 403 403
            """;

    @Inject
    CouncilTestData data;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        CouncilTestData.Board board = data.board(3);
        long draft = data.draftMeeting(board);
        long draftItem = as(board.chair().user()).get("/api/meetings/" + draft).then().extract().jsonPath().getLong("items[0].id");
        long published = data.publishedMeeting(board);
        long held = data.draftMeeting(board);
        long second = data.item(board, held, "加装扶手");
        as(board.chair().user()).post("/api/meetings/" + held + "/publish").then().statusCode(204);
        world.travel(Duration.ofDays(7));
        long resolution = resolved(board, held);
        long followUp = as(board.staff()).body(Map.of("responsible", "物业", "dueDate", "2099-01-01"))
                .post("/api/resolutions/" + resolution + "/follow-up").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> callers = RoleGrid.callers(world, board.place());
        callers.put("MEM", board.members().get(1).user().token());
        callers.put("CHA", board.chair().user().token());
        long member = board.members().get(2).memberId();
        Map<String, RoleGrid.Body> bodies = Map.of(
                "POST /api/councils", json("{\"communityId\":" + board.communityId() + ",\"name\":\"第二议事会\"}"),
                "PUT /api/meetings/D", json("{\"kind\":\"MONTHLY\",\"date\":\"2030-01-05\",\"time\":\"19:00\","
                        + "\"place\":\"社区议事厅\"}"),
                "POST /api/meetings/H/attendance", json("{\"name\":\"列席者\",\"affiliation\":\"街道办\"}"),
                "POST /api/follow-ups/F/rating", json("{\"rating\":\"SATISFIED\"}"),
                "PUT /api/councils/K/chair", json("{\"memberId\":" + member + "}"));
        RoleGrid.check(GRID, callers, RoleGrid.ids(Map.of("K", board.councilId(), "D", draft, "DI", draftItem,
                "M", published, "H", held, "J", second, "R", resolution, "F", followUp, "X", member)), bodies);
    }

    private static RoleGrid.Body json(String text) {
        return RoleGrid.Body.json(text);
    }

    /** Opens the meeting on its day with every member present and carries its first item; returns the resolution. */
    private static long resolved(CouncilTestData.Board board, long meeting) {
        String m = "/api/meetings/" + meeting;
        as(board.chair().user()).post(m + "/open").then().statusCode(204);
        for (CouncilTestData.Member member : board.members()) {
            as(board.staff()).body(Map.of("memberId", member.memberId())).post(m + "/attendance").then().statusCode(201);
        }
        long item = as(board.chair().user()).get(m).then().extract().jsonPath().getLong("items[0].id");
        return as(board.chair().user()).body(Map.of("text", "两周内清理楼道堆物", "mode", "SHOW_OF_HANDS", "agree", 3,
                "oppose", 0, "abstain", 0)).post(m + "/items/" + item + "/resolution").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
