package cn.shangliang.assembly;

import java.util.List;
import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class AssemblyApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    String vote(long id, String card, String choice) {
        return given().auth().oauth2(card).contentType("application/json").body(Map.of("choice", choice))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200)
                .body("choice", equalTo(choice)).extract().path("receipt");
    }

    @Test
    void createNeedsStaffOfTheEstatesCommunity() {
        TestEstate e = assembly.estate(3);
        TestEstate other = assembly.estate(1);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        given().contentType("application/json").body(body).post("/api/assembly/decisions").then().statusCode(401);
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token();
        given().auth().oauth2(resident).contentType("application/json").body(body)
                .post("/api/assembly/decisions").then().statusCode(403);
        given().auth().oauth2(assembly.staff(other)).contentType("application/json").body(body)
                .post("/api/assembly/decisions").then().statusCode(403);
        String card = assembly.card(e.estateId(), e.owners().get(0));
        given().auth().oauth2(card).contentType("application/json").body(body)
                .post("/api/assembly/decisions").then().statusCode(403);
    }

    @Test
    void electionsAndWindowsHaveSaneLimits() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        Map<String, Object> fiveSeats = AssemblyFixtures.decisionBody(e.estateId(), "OWNERS_COMMITTEE");
        fiveSeats.put("seats", 5);
        fiveSeats.put("candidates", List.of("张三"));
        given().auth().oauth2(staff).contentType("application/json").body(fiveSeats)
                .post("/api/assembly/decisions").then().statusCode(400)
                .body("code", equalTo("assembly.seats-over-candidates")).body("detail", containsString("只有 1 位候选人"));
        Map<String, Object> crowd = AssemblyFixtures.decisionBody(e.estateId(), "OWNERS_COMMITTEE");
        crowd.put("seats", 5);
        crowd.put("candidates", java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "候选人" + i).toList());
        given().auth().oauth2(staff).contentType("application/json").body(crowd)
                .post("/api/assembly/decisions").then().statusCode(400).body("code", equalTo("assembly.too-many-candidates"));
        Map<String, Object> forever = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        forever.put("closesAt", "9999-12-31T00:00:00Z");
        given().auth().oauth2(staff).cookie("sl_lang", "en").contentType("application/json").body(forever)
                .post("/api/assembly/decisions").then().statusCode(400)
                .body("code", equalTo("assembly.window-too-long")).body("detail", containsString("at most 60 days"));
        Map<String, Object> late = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        late.put("opensAt", "9999-12-01T00:00:00Z");
        late.put("closesAt", "9999-12-11T00:00:00Z");
        given().auth().oauth2(staff).contentType("application/json").body(late)
                .post("/api/assembly/decisions").then().statusCode(400).body("code", equalTo("assembly.opens-too-late"));
        Map<String, Object> brief = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        brief.put("closesAt", java.time.Instant.parse((String) brief.get("opensAt")).plusSeconds(3600).toString());
        given().auth().oauth2(staff).contentType("application/json").body(brief)
                .post("/api/assembly/decisions").then().statusCode(400).body("code", equalTo("assembly.window-too-short"));
        assertEquals(0, Decision.count("estateId", e.estateId()));
    }

    @Test
    void badInputIsRefusedWithFieldsAndNothingWritten() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        body.put("title", " ");
        body.put("closesAt", body.get("opensAt"));
        given().auth().oauth2(staff).contentType("application/json").body(body)
                .post("/api/assembly/decisions").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("closesAt"));
        Map<String, Object> election = AssemblyFixtures.decisionBody(e.estateId(), "OWNERS_COMMITTEE");
        given().auth().oauth2(staff).contentType("application/json").body(election)
                .post("/api/assembly/decisions").then().statusCode(400).body("errors.field", hasItem("candidates"));
        given().auth().oauth2(staff).contentType("application/json").body("{\"estateId\":" + e.estateId() + ",\"matterType\":\"NOPE\"}")
                .post("/api/assembly/decisions").then().statusCode(400);
        assertEquals(0, Decision.count("estateId", e.estateId()));
    }

    @Test
    void draftIsPrivateUntilPublishedWithNoticeAndSnapshot() {
        TestEstate e = assembly.estate(3);
        String staff = assembly.staff(e);
        long id = AssemblyFixtures.create(staff, AssemblyFixtures.decisionBody(e.estateId(), "RAISE_MAINTENANCE_FUND"));
        given().get("/api/assembly/decisions/" + id).then().statusCode(404);
        given().auth().oauth2(staff).get("/api/assembly/decisions/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("requiredFraction", equalTo("≥ 3/4"));
        given().auth().oauth2(fixtures.user(Role.COMMUNITY_STAFF, Scope.Type.COMMUNITY, assembly.estate(1).communityId()).token())
                .contentType("application/json").post("/api/assembly/decisions/" + id + "/publish").then().statusCode(403);
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("phase", equalTo("NOTICE"));
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/publish").then().statusCode(409);
        given().get("/api/notices?category=ASSEMBLY&community=" + e.communityId()).then().statusCode(200)
                .body("title", hasItem(containsString("业主共同决定公告")))
                .body("estateId", hasItem(((Number) e.estateId()).intValue()));
        given().get("/api/assembly/decisions/" + id + "/turnout").then().statusCode(200)
                .body("total.heads", equalTo(3)).body("total.areaCenti", equalTo(30000));
        // a roster edit after publication never moves the denominators
        assembly.addUnit(e.estateId(), "500.00");
        given().get("/api/assembly/decisions/" + id + "/turnout").then().statusCode(200)
                .body("total.heads", equalTo(3)).body("total.areaCenti", equalTo(30000));
        // voting cannot open during the notice period
        given().auth().oauth2(assembly.card(e.estateId(), e.owners().get(0))).contentType("application/json")
                .body(Map.of("choice", "AGREE")).post("/api/assembly/decisions/" + id + "/ballot")
                .then().statusCode(409).body("code", equalTo("not-open"));
    }

    @Test
    void noticeShorterThanTheLegalMinimumIsRefused() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER");
        body.put("opensAt", assembly.now().plus(Duration.ofDays(14)).toString());
        long id = AssemblyFixtures.create(staff, body);
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/publish").then().statusCode(409)
                .body("code", equalTo("notice-too-short")).body("detail", containsString("15"));
        assertEquals(0, SnapshotVoter.count("decisionId", id));
    }

    @Test
    void ownerVotesChangesAndGetsReceipts() {
        TestEstate e = assembly.estate(3);
        long id = assembly.open(e, assembly.staff(e));
        String card = assembly.card(e.estateId(), e.owners().get(0));
        String first = vote(id, card, "OPPOSE");
        String second = vote(id, card, "AGREE");
        assertNotEquals(first, second);
        assertEquals(1, Ballot.count("decisionId", id));
        given().get("/api/assembly/receipts/" + first).then().statusCode(200).body("status", equalTo("SUPERSEDED"));
        given().get("/api/assembly/receipts/" + second.toLowerCase().replace("-", " ")).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("choice", nullValue());
        given().auth().oauth2(card).get("/api/assembly/receipts/" + second).then().body("choice", equalTo("AGREE"));
        given().get("/api/assembly/receipts/XXXX").then().statusCode(400).body("code", equalTo("bad-receipt"));
        given().get("/api/assembly/decisions/" + id + "/turnout").then().statusCode(200)
                .body("participating.heads", equalTo(1)).body("participating.areaCenti", equalTo(10000))
                .body("quorumMinimum.heads", equalTo(2)).body("quorumReached", equalTo(false))
                .body(not(containsString("AGREE")));
    }

    @Test
    void ballotAuthorizationAndBadInput() {
        TestEstate e = assembly.estate(2);
        TestEstate other = assembly.estate(1);
        long id = assembly.open(e, assembly.staff(e));
        String path = "/api/assembly/decisions/" + id + "/ballot";
        given().contentType("application/json").body(Map.of("choice", "AGREE")).post(path).then().statusCode(401);
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token();
        given().auth().oauth2(resident).contentType("application/json").body(Map.of("choice", "AGREE")).post(path)
                .then().statusCode(403);
        given().auth().oauth2(assembly.card(other.estateId(), other.owners().get(0))).contentType("application/json")
                .body(Map.of("choice", "AGREE")).post(path).then().statusCode(403);
        // an owner of this estate who is not on the snapshot (added later) cannot vote
        long later = assembly.owner(e.estateId(), cn.shangliang.community.OwnerKind.PERSON, "后来的业主").id;
        given().auth().oauth2(assembly.card(e.estateId(), later)).contentType("application/json")
                .body(Map.of("choice", "AGREE")).post(path).then().statusCode(403);
        String card = assembly.card(e.estateId(), e.owners().get(0));
        given().auth().oauth2(card).contentType("application/json").body(Map.of("choice", "MAYBE")).post(path)
                .then().statusCode(400).body("code", equalTo("bad-choice"));
        given().auth().oauth2(card).contentType("application/json").body("{}").post(path).then().statusCode(400);
        assertEquals(0, Ballot.count("decisionId", id));
        assertEquals(0, BallotHistory.count("decisionId", id));
    }

    @Test
    void revokedCardCannotVoteButItsBallotStaysCounted() {
        TestEstate e = assembly.estate(2);
        long id = assembly.open(e, assembly.staff(e));
        String card = assembly.card(e.estateId(), e.owners().get(0));
        String receipt = vote(id, card, "AGREE");
        assembly.revokeCard(e.owners().get(0));
        given().auth().oauth2(card).contentType("application/json").body(Map.of("choice", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(401);
        given().get("/api/assembly/receipts/" + receipt).then().body("status", equalTo("PENDING"))
                .body("choice", nullValue());
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(1));
    }

    @Test
    void closeCountsPublishesAndVerifies() {
        TestEstate e = assembly.estate(6);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String[] receipts = new String[5];
        for (int i = 0; i < 5; i++) {
            receipts[i] = vote(id, assembly.card(e.estateId(), e.owners().get(i)), i < 3 ? "AGREE" : i == 3 ? "OPPOSE" : "ABSTAIN");
        }
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/close").then().statusCode(409)
                .body("code", equalTo("still-open"));
        given().get("/api/assembly/decisions/" + id + "/verification").then().statusCode(409);
        given().get("/assembly/" + id + "/verification/export").then().statusCode(409);
        assembly.endVoting(id);
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token();
        given().auth().oauth2(resident).contentType("application/json").post("/api/assembly/decisions/" + id + "/close").then().statusCode(403);
        given().contentType("application/json").post("/api/assembly/decisions/" + id + "/close").then().statusCode(401);
        // 5 of 6 take part (quorum met); 3 of 5 agree: more than half of area and heads
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/close").then().statusCode(200)
                .body("quorum.met", equalTo(true)).body("decision.passed", equalTo(true))
                .body("decision.agree.heads", equalTo(3)).body("decision.agree.areaM2", equalTo("300.00"))
                .body("decision.oppose.heads", equalTo(1)).body("decision.abstain.heads", equalTo(1))
                .body("participating.heads", equalTo(5)).body("requiredFraction", equalTo("> 1/2"))
                // building 1 has one opposing ballot, building 2 one abstention: both merged (groups below 5)
                .body("decision.buildings.size()", equalTo(1)).body("decision.buildings[0].building", equalTo("*"))
                .body("provisional", equalTo(false));
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/close").then().statusCode(409);
        given().get("/api/assembly/decisions/" + id + "/result").then().statusCode(200).body("decision.passed", equalTo(true));
        given().get("/api/notices?category=ASSEMBLY&community=" + e.communityId()).then()
                .body("title", hasItem(containsString("表决结果")));
        given().get("/api/assembly/decisions/" + id + "/verification").then().statusCode(200)
                .body("leafCount", equalTo(5)).body("leaves.size()", equalTo(5)).body("merkleRoot", matchesPattern("[0-9a-f]{64}"))
                .body(not(containsString(receipts[0]))).body(not(containsString("业主0")));
        // The download is the whole list, one file, exactly the public rows: parsed back from CSV and XLSX.
        byte[] csv = given().get("/assembly/" + id + "/verification/export?format=csv").then().statusCode(200)
                .extract().asByteArray();
        List<org.apache.commons.csv.CSVRecord> rows = ExportFiles.csv(csv);
        assertEquals(6, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(1).matches("[0-9a-f]{64}")), "one leaf hash a row");
        assertFalse(new String(csv, java.nio.charset.StandardCharsets.UTF_8).contains(receipts[0]), "no receipt codes");
        assertFalse(new String(csv, java.nio.charset.StandardCharsets.UTF_8).contains("业主0"), "no names in the file");
        assertEquals(6, ExportFiles.xlsx(given().get("/assembly/" + id + "/verification/export").then().statusCode(200)
                .extract().asByteArray()).size());
        given().get("/api/assembly/receipts/" + receipts[3]).then().body("status", equalTo("COUNTED"))
                .body("choice", nullValue());
        given().auth().oauth2(assembly.card(e.estateId(), e.owners().get(5))).contentType("application/json")
                .body(Map.of("choice", "AGREE")).post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(409);
    }

    @Test
    void quorumShortfallIsShown() {
        TestEstate e = assembly.estate(6);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        for (int i = 0; i < 3; i++) {
            vote(id, assembly.card(e.estateId(), e.owners().get(i)), "AGREE");
        }
        assembly.endVoting(id);
        given().auth().oauth2(staff).contentType("application/json").post("/api/assembly/decisions/" + id + "/close").then().statusCode(200)
                .body("quorum.met", equalTo(false)).body("quorum.shortfall.heads", equalTo(1))
                .body("quorum.shortfall.areaCenti", equalTo(10000)).body("decision.passed", equalTo(false));
    }

    @Test
    void extendAndCancelArePublishedWithReasons() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String path = "/api/assembly/decisions/" + id;
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("closesAt", assembly.now().plus(Duration.ofDays(30)).toString()))
                .post(path + "/extend").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("closesAt", assembly.now().toString(), "reason", "x"))
                .post(path + "/extend").then().statusCode(400).body("errors.field", hasItem("closesAt"));
        given().auth().oauth2(fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token())
                .contentType("application/json").body(Map.of("reason", "x")).post(path + "/cancel").then().statusCode(403);
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("closesAt", assembly.now().plus(Duration.ofDays(30)).toString(), "reason", "参与率偏低，延长一周"))
                .post(path + "/extend").then().statusCode(200).body("closesAt", notNullValue());
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("reason", ""))
                .post(path + "/cancel").then().statusCode(400);
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("reason", "事项须重新论证"))
                .post(path + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("事项须重新论证"));
        given().get("/api/notices?category=ASSEMBLY&community=" + e.communityId()).then()
                .body("title", hasItem(containsString("延长表决期限"))).body("title", hasItem(containsString("取消表决")));
        given().auth().oauth2(assembly.card(e.estateId(), e.owners().get(0))).contentType("application/json")
                .body(Map.of("choice", "AGREE")).post(path + "/ballot").then().statusCode(409);
        given().get(path + "/result").then().statusCode(404).body("detail", notNullValue());
        given().get("/api/assembly/decisions?estate=" + e.estateId()).then().statusCode(200)
                .body("id", hasItem((int) id)).body("[0].cancelReason", not(nullValue()));
    }
}
