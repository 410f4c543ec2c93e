package cn.shangliang.hearing;

import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The hearing API against every kind of caller (issue 9): H is an announced hearing, D a draft, both of the
 * callers' community; OTHER is staff of another community. Applicants are public once registration has closed
 * (before, only staff see them); a draft exists only for its staff. The grid is the specification.
 */
@QuarkusTest
class HearingRoleGridTest {

    private static final String GRID = """
                                                  NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET  /api/hearings                     200  200 200 200 200 200 200 200 200
            GET  /api/hearings/H                   200  200 200 200 200 200 200 200 200
            GET  /api/hearings/D                   404  404 404 404 404 200 404 404 404
            GET  /api/hearings/H/applications      403  403 403 403 403 200 403 403 403
            GET  /api/hearings/H/applications/mine 401  404 404 404 404 404 404 404 404
            POST /api/hearings?community=C         401  403 403 403 403 400 403 403 403
            PUT  /api/hearings/D                   401  403 403 403 403 400 403 403 403
            POST /api/hearings/D/announce          401  403 403 403 403 200 403 403 403
            POST /api/hearings/H/cancel            401  403 403 403 403 400 403 403 403
            POST /api/hearings/H/applications      401  400 403 403 403 403 403 403 403
            """;

    @Inject
    HearingFixtures fx;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        TestWorld.Place place = world.place();
        Map<String, String> callers = RoleGrid.callers(world, place);
        long announced = fx.flow(place.communityId()).announced().id;
        long draft = fx.flow(place.communityId()).draft().id;
        RoleGrid.check(GRID, callers, path -> path.replace("/H", "/" + announced).replace("/D", "/" + draft)
                .replace("=C", "=" + place.communityId()));
    }
}
