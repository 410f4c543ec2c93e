package cn.shangliang.assembly;

import static io.restassured.RestAssured.given;

import cn.shangliang.testsupport.RoleGrid;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The assembly API against every kind of caller (issue 9), by {@link AssemblyPermissions}: P is a published
 * decision of the callers' estate, D a draft; OTHER is staff of another community. The grid is the specification.
 */
@QuarkusTest
class AssemblyRoleGridTest {

    private static final String GRID = """
                                                          NONE RES OWN MEM CHA STA SUB SUP OTHER
            GET  /api/assembly/decisions                   200  200 200 200 200 200 200 200 200
            GET  /api/assembly/decisions/P                 200  200 200 200 200 200 200 200 200
            GET  /api/assembly/decisions/D                 404  404 404 404 404 200 404 404 404
            GET  /api/assembly/decisions/P/turnout         200  200 200 200 200 200 200 200 200
            POST /api/assembly/decisions                   401  403 403 403 403 400 403 403 400
            PUT  /api/assembly/decisions/D                 401  403 403 403 403 400 403 403 403
            POST /api/assembly/decisions/P/extend          401  403 403 403 403 400 403 403 403
            POST /api/assembly/decisions/P/cancel          401  403 403 403 403 400 403 403 403
            POST /api/assembly/decisions/P/close           401  403 403 403 403 409 403 403 403
            GET  /api/assembly/decisions/P/paper           401  403 403 403 403 200 403 403 403
            GET  /api/assembly/decisions/P/mandates        401  403 403 403 403 200 403 403 403
            POST /api/assembly/decisions/P/ballot          401  403 403 403 403 403 403 403 403
            """;

    @Inject
    TestWorld world;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        TestWorld.Place place = world.place();
        world.owners(place.estateId(), 3);
        Map<String, String> callers = RoleGrid.callers(world, place);
        String staff = callers.get("STA");
        long published = decision(staff, place.estateId());
        given().auth().oauth2(staff).contentType("application/json")
                .post("/api/assembly/decisions/" + published + "/publish").then().statusCode(200);
        long draft = decision(staff, place.estateId());
        RoleGrid.check(GRID, callers, path -> path.replace("/P", "/" + published).replace("/D", "/" + draft));
    }

    private static long decision(String staff, long estateId) {
        return ((Number) given().auth().oauth2(staff).contentType("application/json")
                .body(AssemblyFixtures.decisionBody(estateId, "PROPERTY_MANAGER")).post("/api/assembly/decisions")
                .then().statusCode(201).extract().path("id")).longValue();
    }
}
