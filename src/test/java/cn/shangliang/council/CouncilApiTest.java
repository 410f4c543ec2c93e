package cn.shangliang.council;

import cn.shangliang.common.security.Role;
import cn.shangliang.identity.RoleGrant;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CouncilApiTest {

    @Inject
    CouncilTestData data;

    static long grants(long accountId, Role role, long communityId) {
        return RoleGrant.count("accountId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4",
                accountId, role, Scope.Type.COMMUNITY, communityId);
    }

    @Test
    void staffCreateOneCouncilPerCommunity() {
        long community = data.community();
        Fixtures.User staff = data.staff(community);
        Map<String, Object> form = Map.of("communityId", community, "name", "幸福社区居民议事会");
        given().contentType(ContentType.JSON).body(form).post("/api/councils").then().statusCode(401);
        as(data.resident(community)).body(form).post("/api/councils").then().statusCode(403);
        as(data.staff(data.community())).body(form).post("/api/councils").then().statusCode(403);
        as(staff).body(Map.of("communityId", community, "name", " ")).post("/api/councils").then().statusCode(400);
        as(staff).body(Map.of("name", "x")).post("/api/councils").then().statusCode(400);
        long id = as(staff).body(form).post("/api/councils").then().statusCode(201).extract().jsonPath().getLong("id");
        as(staff).body(form).post("/api/councils").then().statusCode(409);
        given().get("/api/councils/" + id).then().statusCode(200).body("name", equalTo("幸福社区居民议事会"))
                .body("memberCount", equalTo(0)).body("cadence.monthlyDue", org.hamcrest.Matchers.notNullValue());
        given().get("/api/councils").then().body("id", hasItem((int) id));
        given().get("/api/councils/999999").then().statusCode(404);
    }

    @Test
    void membershipAndChairKeepTheGrantsInStep() {
        CouncilTestData.Board board = data.board(3);
        long community = board.communityId();
        String members = "/api/councils/" + board.councilId() + "/members";
        Fixtures.User newcomer = data.resident(community);
        Map<String, Object> form = Map.of("login", newcomer.username(), "seat", "OWNERS_COMMITTEE", "termEnd", "2029-12-31");

        given().contentType(ContentType.JSON).body(form).post(members).then().statusCode(401);
        as(board.chair().user()).body(form).post(members).then().statusCode(403);
        as(data.staff(data.community())).body(form).post(members).then().statusCode(403);
        as(board.staff()).body(Map.of("login", "nobody-here", "seat", "INVITED")).post(members).then().statusCode(400)
                .body("errors.field", hasItem("login"));
        as(board.staff()).body(Map.of("login", newcomer.username())).post(members).then().statusCode(400)
                .body("errors.field", hasItem("seat"));
        as(board.staff()).body(Map.of("login", newcomer.username(), "seat", "INVITED", "termStart", "2027-01-01",
                "termEnd", "2026-01-01")).post(members).then().statusCode(400).body("errors.field", hasItem("termEnd"));
        assertEquals(0, grants(newcomer.accountId(), Role.COUNCIL_MEMBER, community));

        long memberId = as(board.staff()).body(form).post(members).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(1, grants(newcomer.accountId(), Role.COUNCIL_MEMBER, community));
        as(board.staff()).body(form).post(members).then().statusCode(409);

        // the chair moves: grants follow
        as(board.staff()).body(Map.of("memberId", memberId)).put("/api/councils/" + board.councilId() + "/chair").then().statusCode(204);
        assertEquals(1, grants(newcomer.accountId(), Role.COUNCIL_CHAIR, community));
        assertEquals(0, grants(board.chair().user().accountId(), Role.COUNCIL_CHAIR, community));
        as(board.staff()).body(Map.of("memberId", memberId)).put("/api/councils/" + board.councilId() + "/chair").then().statusCode(409);
        as(board.staff()).body(Map.of()).put("/api/councils/" + board.councilId() + "/chair").then().statusCode(400);
        given().get("/api/councils/" + board.councilId()).then().body("memberCount", equalTo(4))
                .body("chairName", equalTo(given().get("/api/councils/" + board.councilId()).jsonPath()
                        .getString("members.find { it.id == " + memberId + " }.name")));

        // leaving ends both grants, and the history keeps it
        as(board.chair().user()).delete(members + "/" + memberId).then().statusCode(403);
        as(board.staff()).delete(members + "/" + memberId).then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("reason")));
        as(board.staff()).delete(members + "/" + memberId + "?reason=搬离本社区").then().statusCode(204);
        as(board.staff()).delete(members + "/" + memberId).then().statusCode(404);
        assertEquals(0, grants(newcomer.accountId(), Role.COUNCIL_MEMBER, community));
        assertEquals(0, grants(newcomer.accountId(), Role.COUNCIL_CHAIR, community));
        given().get("/api/councils/" + board.councilId() + "/history").then().statusCode(200)
                .body("former", hasSize(1)).body("former[0].leftOn", org.hamcrest.Matchers.notNullValue())
                .body("events.kind", hasItems("JOINED", "CHAIR_SET", "CHAIR_ENDED", "LEFT"));

        // a former member may come back: a new seat, a new row
        as(board.staff()).body(form).post(members).then().statusCode(201);
        assertEquals(1, grants(newcomer.accountId(), Role.COUNCIL_MEMBER, community));
    }
}
