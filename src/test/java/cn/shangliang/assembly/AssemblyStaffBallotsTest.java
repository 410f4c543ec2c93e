package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.community.Building;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.Unit;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Roster rules on the snapshot, paper ballots, proxies, elections and the silent-majority clause. */
@QuarkusTest
class AssemblyStaffBallotsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    @Test
    void developerMultiUnitOwnerAndCoOwnersEachCountAsOneHead() {
        TestEstate e = assembly.estate(2);
        long building = Building.<Building>find("estateId", e.estateId()).firstResult().id;
        Owner developer = assembly.owner(e.estateId(), OwnerKind.DEVELOPER, "开发商");
        for (int i = 0; i < 3; i++) {
            Unit u = assembly.unit(e.estateId(), building, "D" + i, "50.00", false);
            assembly.own(u.id, developer.id, true);
        }
        Unit second = assembly.unit(e.estateId(), building, "M1", "80.00", false);
        assembly.own(second.id, e.owners().get(0), true);
        Unit shared = assembly.unit(e.estateId(), building, "C1", "90.00", false);
        Owner husband = assembly.owner(e.estateId(), OwnerKind.PERSON, "丈夫");
        Owner wife = assembly.owner(e.estateId(), OwnerKind.PERSON, "妻子");
        assembly.own(shared.id, husband.id, true);
        assembly.own(shared.id, wife.id, false);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        // heads: owner0 (2 units), owner1, developer (3 units), the co-owners = 4; area 100+80+100+150+90
        given().get("/api/assembly/decisions/" + id + "/turnout").then()
                .body("total.heads", equalTo(4)).body("total.areaCenti", equalTo(52000));
        as(assembly.card(e.estateId(), e.owners().get(0))).body(Map.of("choice", "AGREE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        as(assembly.card(e.estateId(), wife.id)).body(Map.of("choice", "AGREE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(403);
        as(assembly.card(e.estateId(), husband.id)).body(Map.of("choice", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        as(assembly.card(e.estateId(), developer.id)).body(Map.of("choice", "ABSTAIN"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        given().get("/api/assembly/decisions/" + id + "/turnout").then()
                .body("participating.heads", equalTo(3)).body("participating.areaCenti", equalTo(42000))
                .body("quorumReached", equalTo(true));
    }

    @Test
    void paperBallotCountsOnlyAfterTwoAgreeingEntriesByTwoAccounts() {
        TestEstate e = assembly.estate(3);
        String first = assembly.staff(e);
        String second = assembly.staff(e);
        long id = assembly.open(e, first);
        String path = "/api/assembly/decisions/" + id + "/paper";
        Map<String, Object> sheet = Map.of("sheetNo", "P-001", "ownerId", e.owners().get(1), "choice", "AGREE");
        given().contentType("application/json").body(sheet).post(path).then().statusCode(401);
        as(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token()).body(sheet).post(path).then().statusCode(403);
        as(first).body(Map.of("sheetNo", "", "ownerId", e.owners().get(1), "choice", "AGREE")).post(path).then().statusCode(400);
        as(first).body(Map.of("sheetNo", "P-001", "ownerId", 123456789, "choice", "AGREE")).post(path).then().statusCode(400);
        as(first).body(sheet).post(path).then().statusCode(200);
        as(first).body(sheet).post(path).then().statusCode(409).body("code", equalTo("same-staff"));
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(0));
        as(second).body(sheet).post(path).then().statusCode(200);
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(1));
        // a paper ballot and a different online ballot for the same owner are a conflict, never counted twice
        as(assembly.card(e.estateId(), e.owners().get(1))).body(Map.of("choice", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(0));
        assembly.close(id, first);
        given().get("/api/assembly/decisions/" + id + "/result").then().body("provisional", equalTo(true))
                .body("conflicts", equalTo(1));
        // staff void the wrong entries (the owner confirms the online ballot) and recount
        List<Integer> entries = as(first).get(path).then().statusCode(200).extract().path("id");
        for (Integer entry : entries) {
            as(first).body(Map.of("reason", "业主确认以网上投票为准")).post(path + "/" + entry + "/void").then().statusCode(200);
        }
        as(first).post("/api/assembly/decisions/" + id + "/recount").then().statusCode(200)
                .body("provisional", equalTo(false)).body("decision.oppose.heads", equalTo(1));
        // a recount that changes nothing publishes nothing (issue 19): no second identical notice
        long notices = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> cn.shangliang.notice.Notice
                .count("sourceId = ?1 and title like ?2", id, "%" + "\u8868\u51b3\u7ed3\u679c" + "%"));
        as(first).post("/api/assembly/decisions/" + id + "/recount").then().statusCode(200)
                .body("provisional", equalTo(false));
        assertEquals(notices, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> cn.shangliang.notice.Notice
                .count("sourceId = ?1 and title like ?2", id, "%" + "\u8868\u51b3\u7ed3\u679c" + "%")));
    }

    @Test
    void proxyVotesWithinMandateInstructionAndCap() {
        TestEstate e = assembly.estate(4);
        String staff = assembly.staff(e);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        body.put("proxyCap", 1);
        long id = assembly.open(staff, body);
        String path = "/api/assembly/decisions/" + id + "/mandates";
        as(staff).body(Map.of("ownerId", e.owners().get(0), "proxyName", "")).post(path).then().statusCode(400);
        int mandate = as(staff).body(Map.of("ownerId", e.owners().get(0), "proxyName", "李四",
                        "proxyIdNumber", "440301199001011234", "instruction", "AGREE"))
                .post(path).then().statusCode(200).body("proxyMasked", equalTo("44************1234")).extract().path("id");
        as(staff).body(Map.of("ownerId", e.owners().get(1), "proxyName", "李四", "proxyIdNumber", "440301199001011234"))
                .post(path).then().statusCode(409).body("code", equalTo("proxy-cap"));
        as(staff).body(Map.of("ownerId", e.owners().get(0), "proxyName", "王五", "proxyIdNumber", "440301199001015678"))
                .post(path).then().statusCode(409).body("code", equalTo("mandate-exists"));
        as(staff).body(Map.of("choice", "OPPOSE")).post(path + "/" + mandate + "/ballots").then().statusCode(409)
                .body("code", equalTo("not-as-instructed"));
        String receipt = as(staff).body(Map.of("choice", "AGREE")).post(path + "/" + mandate + "/ballots")
                .then().statusCode(200).extract().path("receipt");
        as(staff).get(path).then().statusCode(200).body("proxyName", hasItem("李四"));
        assembly.close(id, staff);
        given().get("/api/assembly/receipts/" + receipt).then().body("status", equalTo("COUNTED"));
        given().get("/api/assembly/decisions/" + id + "/verification").then()
                .body("leafCount", equalTo(1)).body(not(containsString(receipt)));
    }

    @Test
    void electionCountsEachCandidateAndFillsSeats() {
        TestEstate e = assembly.estate(4);
        String staff = assembly.staff(e);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "OWNERS_COMMITTEE");
        body.put("candidates", List.of("张三", "李四", "王五"));
        body.put("seats", 2);
        long id = assembly.open(staff, body);
        List<Integer> candidates = given().get("/api/assembly/decisions/" + id).then().extract().path("candidates.id");
        String path = "/api/assembly/decisions/" + id + "/ballot";
        Map<String, String> tooMany = Map.of(candidates.get(0) + "", "AGREE", candidates.get(1) + "", "AGREE",
                candidates.get(2) + "", "AGREE");
        as(assembly.card(e.estateId(), e.owners().get(0))).body(Map.of("choices", tooMany)).post(path).then()
                .statusCode(400).body("code", equalTo("too-many-agree"));
        as(assembly.card(e.estateId(), e.owners().get(0))).body(Map.of("choices", Map.of("999999", "AGREE"))).post(path)
                .then().statusCode(400);
        for (int i = 0; i < 4; i++) {
            Map<String, String> marks = Map.of(candidates.get(0) + "", "AGREE", candidates.get(1) + "", i < 3 ? "AGREE" : "OPPOSE",
                    candidates.get(2) + "", "OPPOSE");
            as(assembly.card(e.estateId(), e.owners().get(i))).body(Map.of("choices", marks)).post(path).then().statusCode(200);
        }
        assembly.endVoting(id);
        as(staff).post("/api/assembly/decisions/" + id + "/close").then().statusCode(200)
                .body("election.elected", equalTo(List.of("张三", "李四")))
                .body("election.candidates[2].outcome", equalTo("NOT_PASSED"));
    }

    @Test
    void silentOwnersAreDeemedOnlyWithTheClauseAndDeliveryShownBesideTheRawTally() {
        TestEstate e = assembly.estate(6);
        String staff = assembly.staff(e);
        assembly.estateRules(e.estateId(), false, "管理规约第二十条");
        long id = assembly.open(e, staff);
        for (int i = 0; i < 3; i++) {
            as(assembly.card(e.estateId(), e.owners().get(i))).body(Map.of("choice", "AGREE"))
                    .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        }
        as(staff).body(Map.of("ownerId", e.owners().get(4))).post("/api/assembly/decisions/" + id + "/deliveries")
                .then().statusCode(400);
        as(staff).body(Map.of("ownerId", e.owners().get(4), "method", "上门送达并签收"))
                .post("/api/assembly/decisions/" + id + "/deliveries").then().statusCode(204);
        as(staff).body(Map.of("ownerId", e.owners().get(4), "method", "上门送达并签收"))
                .post("/api/assembly/decisions/" + id + "/deliveries").then().statusCode(409);
        assembly.endVoting(id);
        // raw: 3 of 6 took part, below the quorum; deemed: the delivered silent owner follows, 4 of 6 = 2/3
        as(staff).post("/api/assembly/decisions/" + id + "/close").then().statusCode(200)
                .body("quorum.met", equalTo(false)).body("decision.passed", equalTo(false))
                .body("deemed.citation", equalTo("管理规约第二十条")).body("deemed.followed", equalTo("AGREE"))
                .body("deemed.silentFollowing.heads", equalTo(1))
                .body("deemed.tally.agree.heads", equalTo(4)).body("deemed.tally.passed", equalTo(true));
        assertEquals(1, BallotDelivery.count("decisionId", id));
    }
}
