package cn.shangliang.identity;

import cn.shangliang.common.security.Role;

import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.TestWorld;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.RoleGrid;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * The identity and audit endpoints against every kind of caller, in the style of the Quarkus security-jwt
 * quickstart: no token, an expired one, a tampered signature, a tampered payload, a wrong issuer (all 401),
 * and each role granted where the endpoint's data lives (200 or 403). The grid is the specification.
 */
@QuarkusTest
class RoleMatrixTest {

    /** Columns: the callers in {@link #callers} order. */
    private static final String GRID = """
                                      NONE EXP SIG PAY ISS RES OWN MEM CHA STA SUB SUP CARD OTHER
            GET  /api/auth/me          401  401 401 401 401 200 200 200 200 200 200 200 200  200
            GET  /api/audit/entries    401  401 401 401 401 403 403 403 403 403 200 200 403  403
            GET  /api/audit/verify     401  401 401 401 401 403 403 403 403 200 200 200 403  200
            GET  /api/cards?estate=E   401  401 401 401 401 403 403 403 403 200 200 200 403  403
            GET  /api/cards/C          401  401 401 401 401 403 403 403 403 200 200 200 403  403
            GET  /api/cards/me         401  401 401 401 401 403 403 403 403 403 403 403 200  403
            POST /api/cards/bulk       401  401 401 401 401 403 403 403 403 201 403 403 403  403
            POST /api/cards/C/unlock   401  401 401 401 401 403 403 403 403 409 403 403 403  403
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    CardFixtures cards;

    @Test
    void everyCallerGetsWhatTheGridSays() {
        TestWorld.Place place = cards.estate();
        TestWorld.Card card = cards.card(cards.owner(place.estateId(), "矩阵业主"), true);
        RoleGrid.check(GRID, callers(place, card),
                path -> path.replace("=E", "=" + place.estateId()).replace("/C", "/" + card.id()),
                (method, path, token) -> call(method, path, token, place.estateId()));
    }

    private static int call(String method, String path, String token, long estateId) {
        RequestSpecification request = given().contentType("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (method.equals("POST")) {
            return request.body(path.endsWith("/bulk") ? "{\"estateId\":" + estateId + "}" : "{}").post(path)
                    .statusCode();
        }
        return request.get(path).statusCode();
    }

    private Map<String, String> callers(TestWorld.Place place, TestWorld.Card card) {
        long community = place.communityId();
        long subdistrict = place.subdistrictId();
        String staff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, community).token();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("NONE", null);
        callers.put("EXP", Jwt.issuer("shangliang").subject("account:1").upn("account:1")
                .groups(Set.of(Role.N_SUPERVISOR)).claim("name", "过期").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign());
        callers.put("SIG", tamperedSignature(staff));
        callers.put("PAY", tamperedPayload(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, community).token()));
        callers.put("ISS", Jwt.issuer("someone-else").subject("account:1").upn("account:1")
                .groups(Set.of(Role.N_SUPERVISOR)).claim("name", "冒充").expiresAt(Instant.now().plusSeconds(600))
                .sign());
        callers.put("RES", fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, community).token());
        callers.put("OWN", fixtures.user(Role.OWNER, Scope.Type.ESTATE, place.estateId()).token());
        callers.put("MEM", fixtures.user(Role.COUNCIL_MEMBER, Scope.Type.COMMUNITY, community).token());
        callers.put("CHA", fixtures.user(Role.COUNCIL_CHAIR, Scope.Type.COMMUNITY, community).token());
        callers.put("STA", staff);
        callers.put("SUB", fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, subdistrict).token());
        callers.put("SUP", fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, subdistrict).token());
        callers.put("CARD", cards.token(card));
        callers.put("OTHER", fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, cards.estate().communityId())
                .token());
        return callers;
    }

    private static String tamperedSignature(String token) {
        int dot = token.lastIndexOf('.');
        char[] signature = token.substring(dot + 1).toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';
        return token.substring(0, dot + 1) + new String(signature);
    }

    /** A resident's token whose payload was edited to claim the supervisor role, keeping the old signature. */
    private static String tamperedPayload(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"RESIDENT\"", "\"SUPERVISOR\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
