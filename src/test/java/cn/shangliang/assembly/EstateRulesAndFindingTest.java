package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.community.Estate;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: parking and the silent-owners clause are estate rules copied into each decision at publication.
 * Issue 19: a draft cancelled unpublished stays private; /assembly/new is reachable without typing ?estate=;
 * drafts can be edited; the per-building table footnotes area without heads.
 */
@QuarkusTest
class EstateRulesAndFindingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    private long draft(TestEstate e, String staff) {
        return ((Number) as(staff).body(AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"))
                .post("/api/assembly/decisions").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void estateRulesAreSetOnTheEstateAndFrozenIntoADecisionAtPublication() {
        TestEstate e = assembly.estate(4);
        String staff = assembly.staff(e);
        String page = "/community/estates/" + e.estateId();
        given().cookie("sl_token", staff).get(page).then().statusCode(200)
                .body(containsString("name=\"silentCitation\"")).body(containsString("/assembly/new?estate=" + e.estateId()));
        Forms.post(page, staff).formParam("name", "x" + e.estateId()).formParam("noticeDays", "15")
                .formParam("silentClause", "true").formParam("silentCitation", "").post(page).then().statusCode(400);
        Forms.post(page, staff).formParam("name", "x" + e.estateId()).formParam("noticeDays", "15")
                .formParam("silentClause", "true").formParam("silentCitation", "\u7ba1\u7406\u89c4\u7ea6\u7b2c\u4e8c\u5341\u6761")
                .formParam("parkingCounts", "true").formParam("parkingCitation", "\u8bae\u4e8b\u89c4\u5219\u7b2c\u4e03\u6761")
                .post(page).then().statusCode(303);

        long id = draft(e, staff);
        as(staff).post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200)
                .body("silentClause", equalTo(true)).body("silentCitation", equalTo("\u7ba1\u7406\u89c4\u7ea6\u7b2c\u4e8c\u5341\u6761"))
                .body("parkingCounts", equalTo(true)).body("parkingCitation", equalTo("\u8bae\u4e8b\u89c4\u5219\u7b2c\u4e03\u6761"));
        // a later change of the estate's rules does not reach the published decision
        assembly.estateRules(e.estateId(), false, null);
        as(staff).get("/api/assembly/decisions/" + id).then().body("silentClause", equalTo(true))
                .body("parkingCounts", equalTo(true));
        long next = draft(e, staff);
        as(staff).post("/api/assembly/decisions/" + next + "/publish").then().body("silentClause", equalTo(false));
        boolean stored = QuarkusTransaction.requiringNew().call(() -> !((Estate) Estate.findById(e.estateId())).silentClause);
        assertTrue(stored);
    }

    @Test
    void aDraftCancelledBeforePublicationIsNotPublicAndStaffReachTheFormAndEditDrafts() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        long id = draft(e, staff);
        as(staff).body(Map.of("reason", "\u5f55\u9519")).post("/api/assembly/decisions/" + id + "/cancel").then().statusCode(200);
        given().get("/api/assembly/decisions/" + id).then().statusCode(404);
        given().get("/assembly/" + id).then().statusCode(404);
        given().get("/api/assembly/decisions?estate=" + e.estateId()).then().statusCode(200).body("id", not(org.hamcrest.Matchers.hasItem((int) id)));
        given().get("/assembly?estate=" + e.estateId()).then().body(not(containsString("/assembly/" + id + "\"")));
        as(staff).get("/api/assembly/decisions/" + id).then().statusCode(200);

        // the list links the form for staff, and the form offers the staff member's estates
        given().cookie("sl_token", staff).get("/assembly").then().body(containsString("href=\"/assembly/new\""));
        given().get("/assembly").then().body(not(containsString("/assembly/new")));
        given().cookie("sl_token", staff).get("/assembly/new").then().statusCode(200)
                .body(containsString("<option value=\"" + e.estateId() + "\""));

        // a draft can be edited until it is published
        long d2 = draft(e, staff);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        body.put("title", "\u6539\u8fc7\u7684\u6807\u9898");
        as(staff).body(body).put("/api/assembly/decisions/" + d2).then().statusCode(200).body("title", equalTo("\u6539\u8fc7\u7684\u6807\u9898"));
        body.put("title", "");
        as(staff).body(body).put("/api/assembly/decisions/" + d2).then().statusCode(400);
        as(fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, assembly.estate(1).communityId()).token()).body(body)
                .put("/api/assembly/decisions/" + d2).then().statusCode(403);
        given().cookie("sl_token", staff).get("/assembly/" + d2 + "/edit").then().statusCode(200)
                .body(containsString("\u6539\u8fc7\u7684\u6807\u9898")).body(containsString("action=\"/assembly/" + d2 + "/edit\""));
        Forms.post("/assembly/" + d2 + "/edit", staff).formParam("estateId", e.estateId()).formParam("title", "\u7b2c\u4e09\u7248")
                .formParam("text", "\u6b63\u6587").formParam("matterType", "PROPERTY_MANAGER")
                .formParam("opensAt", body.get("opensAt").toString().substring(0, 16))
                .formParam("closesAt", body.get("closesAt").toString().substring(0, 16))
                .post("/assembly/" + d2 + "/edit").then().statusCode(303);
        as(staff).get("/api/assembly/decisions/" + d2).then().body("title", equalTo("\u7b2c\u4e09\u7248"));
        as(staff).post("/api/assembly/decisions/" + d2 + "/publish").then().statusCode(200);
        body.put("title", "x");
        as(staff).body(body).put("/api/assembly/decisions/" + d2).then().statusCode(409);
    }

    @Test
    void theBuildingTableFootnotesAreaWithoutHeads() {
        TestEstate e = assembly.estate(2);
        long building = QuarkusTransaction.requiringNew().call(() -> {
            cn.shangliang.community.Building b = new cn.shangliang.community.Building();
            b.estateId = e.estateId();
            b.name = "3\u680b";
            b.persist();
            return b.id;
        });
        cn.shangliang.community.Unit second = assembly.unit(e.estateId(), building, "301", "10.00", false);
        assembly.own(second.id, e.owners().get(0), true);
        String staff = assembly.staff(e);
        long id = draft(e, staff);
        as(staff).post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200);
        assembly.endVoting(id);
        as(staff).post("/api/assembly/decisions/" + id + "/close").then().statusCode(200)
                .body("decision.buildings.findAll { it.total.heads == 0 && it.total.areaCenti > 0 }.size()", equalTo(1));
        given().get("/assembly/" + id).then().statusCode(200).body(containsString("<sup>*</sup>"))
                .body(containsString("\u53ea\u7b97\u4e00\u4eba"));
        given().get("/assembly/" + id).then().body(containsString("class=\"footnote\""));
    }
}
