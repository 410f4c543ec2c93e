package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.RoleGrid;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The account endpoints against every kind of caller, like {@code RoleMatrixTest}: C is a community, A an account
 * of a council member there. Staff of another community (OTHER) and supervisors manage nobody; the subdistrict's
 * admin manages the community's accounts; nobody grants wider than their own role. K is an owner's card linked to
 * nobody: every account holder may link a card (with its PIN) but none may use or unlink one not linked to them.
 */
@QuarkusTest
class AccountRoleMatrixTest {

    private static final String GRID = """
                                                 NONE RES MEM STA OTHER SUB SUP
            GET    /api/accounts?community=C      401 403 403 200 403   200 403
            GET    /api/accounts/A                401 403 403 200 403   200 403
            POST   /api/accounts                  401 403 403 201 403   201 403
            POST   /api/accounts/admin            401 403 403 403 403   201 403
            POST   /api/accounts/A/reset          401 403 403 200 403   200 403
            POST   /api/accounts/A/disable        401 403 403 204 403   204 403
            POST   /api/accounts/A/enable         401 403 403 204 403   204 403
            GET    /api/communities/C/signups     401 403 403 200 403   200 403
            GET    /api/accounts/me               401 200 200 200 200   200 200
            GET    /api/accounts/me/cards         401 200 200 200 200   200 200
            POST   /api/accounts/me/cards         401 400 400 400 400   400 400
            POST   /api/accounts/me/cards/K/token 401 404 404 404 404   404 404
            DELETE /api/accounts/me/cards/K       401 404 404 404 404   404 404
            POST   /api/accounts/activate         400 400 400 400 400   400 400
            GET    /api/setup                     200 200 200 200 200   200 200
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    CardFixtures cards;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        TestWorld.Place place = cards.estate();
        long c = place.communityId();
        long a = fixtures.user(Role.COUNCIL_MEMBER, Scope.Type.COMMUNITY, c).accountId();
        long k = cards.card(cards.owner(place.estateId(), "矩阵业主"), true).id();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("NONE", null);
        callers.put("RES", fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, c).token());
        callers.put("MEM", fixtures.user(Role.COUNCIL_MEMBER, Scope.Type.COMMUNITY, c).token());
        callers.put("STA", fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, c).token());
        callers.put("OTHER", fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, cards.estate().communityId())
                .token());
        callers.put("SUB", fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, place.subdistrictId())
                .token());
        callers.put("SUP", fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, place.subdistrictId()).token());

        RoleGrid.check(GRID, callers, path -> path.replace("/K", "/" + k),
                (method, path, token) -> call(method, path, token, place, c, a));
    }

    private static int call(String method, String path, String token, TestWorld.Place place, long c, long a) {
        RequestSpecification request = given().contentType("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        String url = path.replace("=C", "=" + c).replace("/C/", "/" + c + "/").replace("/A", "/" + a);
        String unique = "m" + UUID.randomUUID().toString().substring(0, 8);
        if (url.equals("/api/accounts")) {
            request.body(Map.of("username", unique, "displayName", "矩阵居民", "role", "RESIDENT", "communityId", c));
        } else if (url.equals("/api/accounts/admin")) {
            url = "/api/accounts";
            request.body(Map.of("username", unique, "displayName", "矩阵管理员", "role", "SUBDISTRICT_ADMIN",
                    "subdistrictId", place.subdistrictId()));
        } else if (url.endsWith("/activate")) {
            request.body(Map.of("code", "NOPE-NOPE-NOPE", "password", "Lang-Mima-2026", "confirm", "Lang-Mima-2026"));
        } else if (method.equals("POST")) {
            request.body("{}");
        }
        return switch (method) {
            case "POST" -> request.post(url).statusCode();
            case "DELETE" -> request.delete(url).statusCode();
            default -> request.get(url).statusCode();
        };
    }
}
