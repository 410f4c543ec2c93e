package cn.shangliang.community;

import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The community model's API against every kind of caller (issue 9), by {@link CommunityPermissions}: S, C and E
 * are the callers' subdistrict, community and estate; OTHER is staff of another community. The grid is the
 * specification.
 */
@QuarkusTest
class CommunityRoleGridTest {

    private static final String GRID = """
                                                        NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET  /api/community/subdistricts             401  403 403 403 403 200 200 200 200
            POST /api/community/subdistricts/S/communities 401 403 403 403 403 403 400 403 403
            GET  /api/community/communities/C            401  403 403 403 403 200 200 200 403
            PUT  /api/community/communities/C            401  403 403 403 403 400 400 403 403
            POST /api/community/communities/C/estates    401  403 403 403 403 400 400 403 403
            """;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        TestWorld.Place place = world.place();
        RoleGrid.check(GRID, RoleGrid.callers(world, place), path -> path.replace("/S/", "/" + place.subdistrictId() + "/")
                .replace("/C", "/" + place.communityId()).replace("/E", "/" + place.estateId()));
    }
}
