package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.assembly.rules.MerkleTree;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import cn.shangliang.testsupport.RoleGrid;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Receipts without choices for strangers, an owner's own history and proof, and staff records beside online ballots. */
@QuarkusTest
class BallotTrustTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    @Test
    void aReceiptShowsItsChoiceOnlyToTheCardHolderWhoCastIt() {
        TestEstate e = assembly.estate(4);
        long id = assembly.open(e, assembly.staff(e));
        String mine = assembly.card(e.estateId(), e.owners().get(0));
        String receipt = assembly.cast(id, mine, "OPPOSE");

        given().get("/api/assembly/receipts/" + receipt).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("own", equalTo(false)).body("choice", nullValue());
        as(assembly.card(e.estateId(), e.owners().get(1))).get("/api/assembly/receipts/" + receipt).then()
                .statusCode(200).body("own", equalTo(false)).body("choice", nullValue());
        as(assembly.staff(e)).get("/api/assembly/receipts/" + receipt).then().body("choice", nullValue());
        as(mine).get("/api/assembly/receipts/" + receipt).then().statusCode(200)
                .body("own", equalTo(true)).body("choice", equalTo("OPPOSE"));

        given().get("/assembly/receipt?code=" + receipt).then().statusCode(200)
                .body(containsString("不显示选择")).body(not(containsString("反对</p>")));
        given().cookie("sl_token", mine).cookie("sl_lang", "en").get("/assembly/receipt?code=" + receipt).then()
                .statusCode(200).body(containsString("OPPOSE"));
    }

    @Test
    void anOwnerSeesTheirHistoryAndProvesTheirBallotWasCounted() {
        TestEstate e = assembly.estate(3);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String mine = assembly.card(e.estateId(), e.owners().get(0));
        assembly.cast(id, mine, "AGREE");
        assembly.cast(id, mine, "OPPOSE");
        as(mine).post("/api/assembly/decisions/" + id + "/ballot/withdraw").then().statusCode(200);
        String last = assembly.cast(id, mine, "ABSTAIN");
        assembly.cast(id, assembly.card(e.estateId(), e.owners().get(1)), "AGREE");

        as(mine).get("/api/assembly/decisions/" + id + "/my-ballots").then().statusCode(200)
                .body("event", equalTo(List.of("CAST", "CHANGED", "WITHDRAWN", "CAST")))
                .body("channel", equalTo(List.of("ONLINE", "ONLINE", "ONLINE", "ONLINE")));
        given().cookie("sl_token", mine).get("/assembly/" + id + "/my").then().statusCode(200)
                .body(containsString("撤回")).body(containsString(last))
                .body(containsString("<td>同意</td>")).body(containsString("<td>弃权</td>"))
                .body(not(containsString("<td>AGREE</td>")));
        given().cookie("sl_token", mine).cookie("sl_lang", "en").get("/assembly/" + id + "/my").then().statusCode(200)
                .body(containsString("<td>Oppose</td>")).body(not(containsString("<td>OPPOSE</td>")));

        assembly.close(id, staff);
        JsonPath proof = as(mine).get("/api/assembly/receipts/" + last + "/proof").then().statusCode(200)
                .body("included", equalTo(true)).extract().jsonPath();
        String root = given().get("/api/assembly/decisions/" + id + "/verification").then().statusCode(200)
                .extract().path("merkleRoot");
        assertEquals(root, proof.getString("merkleRoot"));
        String leaf = MerkleTree.leaf(proof.getString("leafText"));
        assertEquals(proof.getString("leaf.hash"), leaf);
        List<MerkleTree.Step> path = proof.getList("path", Map.class).stream()
                .map(m -> new MerkleTree.Step((String) m.get("sibling"), (Boolean) m.get("left"))).toList();
        assertEquals(root, MerkleTree.rootFrom(leaf, path), "the owner rebuilds the published root from their leaf");
        assertTrue(proof.getString("leafText").contains("|ABSTAIN|"));

        given().get("/api/assembly/receipts/" + last + "/proof").then().statusCode(401);
        as(assembly.card(e.estateId(), e.owners().get(1))).get("/api/assembly/receipts/" + last + "/proof").then()
                .statusCode(403);
        as(staff).get("/api/assembly/receipts/" + last + "/proof").then().statusCode(403);
        given().cookie("sl_token", mine).get("/assembly/" + id + "/my/proof?code=" + last).then().statusCode(200)
                .body(containsString(root));
    }

    @Test
    void aProxyForAnOwnerWhoVotedOnlineNeedsASecondStaffMemberAndTheOwnerMayRejectIt() {
        TestEstate e = assembly.estate(3);
        String staffA = assembly.staff(e);
        String staffB = assembly.staff(e);
        long id = assembly.open(e, staffA);
        long owner = e.owners().get(0);
        String card = assembly.card(e.estateId(), owner);
        String online = assembly.cast(id, card, "AGREE");

        long mandate = ((Number) as(staffA).body(Map.of("ownerId", owner, "proxyName", "王某", "proxyIdNumber", "440301199001011234"))
                .post("/api/assembly/decisions/" + id + "/mandates").then().statusCode(200).extract().path("id")).longValue();
        String proxy = as(staffA).body(Map.of("choice", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/mandates/" + mandate + "/ballots").then().statusCode(200)
                .extract().path("receipt");
        long check = ((Number) as(staffA).get("/api/assembly/decisions/" + id + "/staff-record-checks").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].confirmedBy", nullValue())
                .body("[0]", not(org.hamcrest.Matchers.hasKey("choice")))
                .extract().path("[0].id")).longValue();

        // one staff member alone changes nothing: the owner's online ballot still counts
        given().get("/api/assembly/receipts/" + proxy).then().body("status", equalTo("NOT_COUNTED"))
                .body("reason", equalTo("STAFF_RECORD"));
        given().get("/api/assembly/receipts/" + online).then().body("status", equalTo("PENDING"));
        as(staffA).post("/api/assembly/decisions/" + id + "/staff-record-checks/" + check + "/confirm").then()
                .statusCode(409).body("code", equalTo("same-staff"));

        as(staffB).post("/api/assembly/decisions/" + id + "/staff-record-checks/" + check + "/confirm").then()
                .statusCode(200).body("confirmedBy", not(nullValue()));
        given().get("/api/assembly/receipts/" + online).then().body("status", equalTo("NOT_COUNTED"))
                .body("reason", equalTo("CONFLICT"));

        // the owner is told on their home page, sees what was recorded in their name, and rejects it
        given().cookie("sl_token", card).get("/").then().statusCode(200).body(containsString("/assembly/" + id + "/my"));
        as(card).get("/api/assembly/decisions/" + id + "/my-records").then().statusCode(200)
                .body("[0].choice", equalTo("OPPOSE")).body("[0].proxyName", equalTo("王某"))
                .body("[0].answerable", equalTo(true));
        as(card).body(Map.of("answer", "MAYBE")).post("/api/assembly/decisions/" + id + "/my-records/" + check + "/answer")
                .then().statusCode(400);
        as(assembly.card(e.estateId(), e.owners().get(1))).body(Map.of("answer", "CONFIRMED"))
                .post("/api/assembly/decisions/" + id + "/my-records/" + check + "/answer").then().statusCode(404);
        as(staffB).body(Map.of("answer", "REJECTED"))
                .post("/api/assembly/decisions/" + id + "/my-records/" + check + "/answer").then().statusCode(403);
        Forms.post("/assembly/" + id + "/my", card).formParam("answer", "REJECTED")
                .post("/assembly/" + id + "/my/records/" + check + "/answer").then().statusCode(303);
        as(card).body(Map.of("answer", "CONFIRMED")).post("/api/assembly/decisions/" + id + "/my-records/" + check + "/answer")
                .then().statusCode(409).body("code", equalTo("already-answered"));
        given().cookie("sl_token", card).get("/").then().body(not(containsString("/assembly/" + id + "/my")));

        assembly.close(id, staffA);
        given().get("/api/assembly/receipts/" + online).then().body("status", equalTo("COUNTED"));
        given().get("/api/assembly/receipts/" + proxy).then().body("status", equalTo("NOT_COUNTED"))
                .body("reason", equalTo("STAFF_RECORD"));
        given().get("/api/assembly/decisions/" + id + "/result").then().body("decision.agree.heads", equalTo(1))
                .body("decision.oppose.heads", equalTo(0));
    }

    @Test
    void anOwnerWhoConfirmsAPaperBallotSetsTheirOnlineBallotAside() {
        TestEstate e = assembly.estate(3);
        String staffA = assembly.staff(e);
        String staffB = assembly.staff(e);
        long id = assembly.open(e, staffA);
        long owner = e.owners().get(0);
        String card = assembly.card(e.estateId(), owner);
        String online = assembly.cast(id, card, "AGREE");
        for (String s : List.of(staffA, staffB)) {
            as(s).body(Map.of("sheetNo", "P-7", "ownerId", owner, "choice", "OPPOSE"))
                    .post("/api/assembly/decisions/" + id + "/paper").then().statusCode(200);
        }
        as(staffA).get("/api/assembly/decisions/" + id + "/paper").then()
                .body("[0].sheet", equalTo("MATCH")).body("[0]", not(org.hamcrest.Matchers.hasKey("choice")));
        long check = ((Number) as(staffA).get("/api/assembly/decisions/" + id + "/staff-record-checks").then()
                .body("[0].channel", equalTo("PAPER")).extract().path("[0].id")).longValue();
        as(staffB).post("/api/assembly/decisions/" + id + "/staff-record-checks/" + check + "/confirm").then()
                .statusCode(409).body("code", equalTo("paper-double-entry"));
        as(card).body(Map.of("answer", "CONFIRMED")).post("/api/assembly/decisions/" + id + "/my-records/" + check + "/answer")
                .then().statusCode(200).body("ownerAnswer", equalTo("CONFIRMED"));
        given().get("/api/assembly/receipts/" + online).then().body("status", equalTo("NOT_COUNTED"))
                .body("reason", equalTo("OWNER_CONFIRMED_OTHER"));
        assembly.close(id, staffA);
        given().get("/api/assembly/decisions/" + id + "/result").then().body("decision.oppose.heads", equalTo(1))
                .body("decision.agree.heads", equalTo(0)).body("provisional", equalTo(false));
        as(card).body(Map.of("answer", "REJECTED")).post("/api/assembly/decisions/" + id + "/my-records/" + check + "/answer")
                .then().statusCode(409);
    }

    @Test
    void whoMayCallTheNewEndpoints() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String card = assembly.card(e.estateId(), e.owners().get(0));
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token();
        String otherStaff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, assembly.estate(1).communityId()).token();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("NONE", null);
        callers.put("RES", resident);
        callers.put("STA", staff);
        callers.put("OTHER", otherStaff);
        callers.put("CARD", card);
        RoleGrid.check("""
                                                                  NONE RES STA OTHER CARD
                GET /api/assembly/decisions/D/my-ballots          401  403 403 403   200
                GET /api/assembly/decisions/D/my-records          401  403 403 403   200
                GET /api/assembly/decisions/D/staff-record-checks 401  403 200 403   403
                """, callers, path -> path.replace("/D/", "/" + id + "/"));
        given().redirects().follow(false).get("/assembly/" + id + "/my").then().statusCode(303);
        given().cookie("sl_token", staff).get("/assembly/" + id + "/my").then().statusCode(403);
    }
}
