package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.notice.Notice;
import cn.shangliang.notification.Notification;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 查阅表决票: the one audited, announced, two-account path to named choices (ballot-privacy.md, "Inspection"). */
@QuarkusTest
class BallotInspectionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    private record Closed(TestEstate e, long id, String staff, String supervisor, String admin, String card0, String card1) {
    }

    private Closed closedVote() {
        TestEstate e = assembly.estate(4);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String card0 = assembly.card(e.estateId(), e.owners().get(0));
        String card1 = assembly.card(e.estateId(), e.owners().get(1));
        assembly.cast(id, card0, "OPPOSE");
        assembly.cast(id, card1, "AGREE");
        String supervisor = fixtures.user(Role.SUPERVISOR, Scope.Type.COMMUNITY, e.communityId()).token();
        String admin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, e.subdistrictId()).token();
        // not before the close: an inspection during the vote would show a running count by name
        as(staff).body(request("ESTATE_RULE", null)).post("/api/assembly/decisions/" + id + "/inspections").then()
                .statusCode(409).body("code", equalTo("assembly.inspection.not-closed"));
        assembly.close(id, staff);
        return new Closed(e, id, staff, supervisor, admin, card0, card1);
    }

    private static Map<String, Object> request(String basis, String voters) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("basis", basis,
                "citation", "议事规则第二十条", "reason", "业主申请查阅表决票以核对计票"));
        if (voters != null) {
            body.put("voters", voters);
        }
        return body;
    }

    @Test
    void anApprovedInspectionShowsNamedBallotsToItsTwoAccountsOnlyAndIsAnnounced() {
        Closed c = closedVote();
        String base = "/api/assembly/decisions/" + c.id() + "/inspections";
        long inspection = ((Number) as(c.staff()).body(request("ESTATE_RULE", null)).post(base).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("allBallots", equalTo(true))
                .extract().path("id")).longValue();
        // nothing is shown before the approval, not even to the requester
        as(c.staff()).get(base + "/" + inspection + "/ballots").then().statusCode(409)
                .body("code", equalTo("assembly.inspection.not-approved"));

        as(c.supervisor()).post(base + "/" + inspection + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(c.supervisor()).post(base + "/" + inspection + "/approve").then().statusCode(409);

        as(c.staff()).get(base + "/" + inspection + "/ballots").then().statusCode(200)
                .body("ballots", hasSize(4))
                .body("ballots.find { it.owners[0] == '业主0' }.decisionChoice", equalTo("OPPOSE"))
                .body("ballots.find { it.owners[0] == '业主0' }.flats[0]", equalTo("1栋101"))
                .body("ballots.find { it.owners[0] == '业主2' }.state", equalTo("NOT_VOTED"));
        as(c.supervisor()).get(base + "/" + inspection + "/ballots").then().statusCode(200);
        String otherStaff = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, c.e().communityId()).token();
        as(otherStaff).get(base + "/" + inspection + "/ballots").then().statusCode(403)
                .body("code", equalTo("assembly.inspection.not-party"));
        as(c.admin()).get(base + "/" + inspection + "/ballots").then().statusCode(403);
        as(c.card0()).get(base + "/" + inspection + "/ballots").then().statusCode(403);
        given().get(base + "/" + inspection + "/ballots").then().statusCode(401);

        // the page twin, for the requester
        given().cookie("sl_token", c.staff()).get("/assembly/" + c.id() + "/inspections/" + inspection).then()
                .statusCode(200).body(containsString("业主0")).body(containsString("反对"));
        given().cookie("sl_token", otherStaff).get("/assembly/" + c.id() + "/inspections/" + inspection).then()
                .statusCode(403);

        // announced on the board, told to every owner concerned (outbox), shown on their home and own page
        List<Notice> notices = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>list(
                "sourceType = ?1 and sourceId = ?2", BallotInspectionService.SOURCE, inspection));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).body.contains("议事规则第二十条"));
        long told = QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "subjectType = ?1 and subjectId = ?2", "assembly_ballot_inspection", String.valueOf(inspection)));
        assertEquals(2, told, "each owner of the roster who has a card (two of four here)");
        given().cookie("sl_token", c.card0()).get("/").then().statusCode(200)
                .body(containsString("/assembly/" + c.id() + "/my"));
        as(c.card0()).get("/api/assembly/decisions/" + c.id() + "/my-inspections").then().statusCode(200)
                .body("id", hasItem((int) inspection));
        given().cookie("sl_token", c.card0()).get("/assembly/" + c.id() + "/my").then().statusCode(200)
                .body(containsString("议事规则第二十条"));

        // the audit log says who, why and which ballots, and that they were read: never a choice
        List<String> audit = QuarkusTransaction.requiringNew().call(() -> cn.shangliang.common.audit.AuditEntry
                .<cn.shangliang.common.audit.AuditEntry>list("action like ?1 and entityId = ?2", "assembly.inspection.%", String.valueOf(c.id()))
                .stream().map(a -> a.action + " " + a.summary).toList());
        assertTrue(audit.stream().anyMatch(s -> s.startsWith("assembly.inspection.read")), audit.toString());
        assertTrue(audit.stream().anyMatch(s -> s.startsWith("assembly.inspection.approve")), audit.toString());
        audit.forEach(s -> assertFalse(s.matches("(?s).*\\b(AGREE|OPPOSE|ABSTAIN)\\b.*"), s));
    }

    @Test
    void anInspectionOfNamedFlatsCoversOnlyThemAndTheRequesterCannotApproveIt() {
        Closed c = closedVote();
        String base = "/api/assembly/decisions/" + c.id() + "/inspections";
        as(c.staff()).body(request("COURT_ORDER", "1栋101, 9栋999")).post(base).then().statusCode(400)
                .body(containsString("voters"));
        long inspection = ((Number) as(c.staff()).body(request("COURT_ORDER", "1栋101")).post(base).then()
                .statusCode(201).body("allBallots", equalTo(false)).body("voters", hasSize(1))
                .extract().path("id")).longValue();

        // one account holding both roles still cannot approve its own request
        Fixtures.User both = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, c.e().communityId());
        fixtures.grant(both.accountId(), Role.SUPERVISOR, Scope.Type.COMMUNITY, c.e().communityId());
        long own = ((Number) as(both.token()).body(request("ESTATE_RULE", null)).post(base).then().statusCode(201)
                .extract().path("id")).longValue();
        as(both.token()).post(base + "/" + own + "/approve").then().statusCode(403)
                .body("code", equalTo("assembly.inspection.same-account"));
        as(c.supervisor()).body(Map.of("reason", "")).post(base + "/" + own + "/refuse").then().statusCode(400);
        as(c.supervisor()).body(Map.of("reason", "依据不足")).post(base + "/" + own + "/refuse").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        as(both.token()).get(base + "/" + own + "/ballots").then().statusCode(409);

        as(c.supervisor()).post(base + "/" + inspection + "/approve").then().statusCode(200);
        as(c.staff()).get(base + "/" + inspection + "/ballots").then().statusCode(200).body("ballots", hasSize(1))
                .body("ballots[0].flats[0]", equalTo("1栋101"));
        long told = QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "subjectType = ?1 and subjectId = ?2", "assembly_ballot_inspection", String.valueOf(inspection)));
        assertEquals(1, told, "only the owner whose ballot is inspected");
        as(c.card1()).get("/api/assembly/decisions/" + c.id() + "/my-inspections").then().statusCode(200)
                .body("id", not(hasItem((int) inspection)));
    }

    @Test
    void whoMayDoWhatAndTheRequestFormKeepsWhatWasTyped() {
        Closed c = closedVote();
        String base = "/api/assembly/decisions/" + c.id() + "/inspections";
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, c.e().communityId()).token();
        String elsewhere = fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, assembly.estate(1).communityId()).token();
        // request: anonymous, resident, card, supervisor, admin, staff elsewhere, staff
        given().contentType("application/json").body(request("ESTATE_RULE", null)).post(base).then().statusCode(401);
        for (String t : List.of(resident, c.card0(), c.supervisor(), c.admin(), elsewhere)) {
            as(t).body(request("ESTATE_RULE", null)).post(base).then().statusCode(403);
        }
        long id = ((Number) as(c.staff()).body(request("ESTATE_RULE", null)).post(base).then().statusCode(201)
                .extract().path("id")).longValue();
        // list: staff, supervisor and the subdistrict see that it exists (no choice); others don't
        for (String t : List.of(c.staff(), c.supervisor(), c.admin())) {
            as(t).get(base).then().statusCode(200).body("id", hasItem((int) id))
                    .body(not(containsString("OPPOSE")));
        }
        for (String t : List.of(resident, c.card0(), elsewhere)) {
            as(t).get(base).then().statusCode(403);
        }
        // approve: only a supervisor of the community
        for (String t : List.of(c.staff(), c.admin(), c.card0(), elsewhere)) {
            as(t).post(base + "/" + id + "/approve").then().statusCode(403);
        }

        as(c.staff()).body(Map.of("citation", "x", "reason", "y")).post(base).then().statusCode(400);
        String page = "/assembly/" + c.id() + "/inspections";
        Forms.post(page, c.staff()).formParam("citation", "规约第九条").formParam("reason", "")
                .formParam("basis", "ESTATE_RULE").post(page).then().statusCode(400)
                .body(containsString("规约第九条")).body(containsString("请填写理由"));
        Forms.post(page, c.staff()).cookie("sl_lang", "en").formParam("citation", "Rule 9").formParam("reason", "")
                .formParam("basis", "ESTATE_RULE").post(page).then().statusCode(400)
                .body(containsString("Please enter a reason"));
        Forms.post(page, c.staff()).formParam("citation", "规约第九条").formParam("reason", "核对")
                .formParam("basis", "ESTATE_RULE").post(page).then().statusCode(303);
        given().cookie("sl_token", c.supervisor()).get(page).then().statusCode(200)
                .body(containsString("规约第九条")).body(containsString("/approve"));
        given().cookie("sl_token", c.staff()).get("/assembly/" + c.id()).then().body(containsString(page));
        given().get("/assembly/" + c.id()).then().body(not(containsString(page)));
    }
}
