package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The assembly's page forms on the one form pipeline: a refused form comes back (400) with what was typed and
 * the error by its field, in the visitor's language, and nothing is written; a good one redirects (303).
 */
@QuarkusTest
class AssemblyFormsTest {

    @Inject
    AssemblyFixtures assembly;

    @Test
    void extendAndCancelFormsComeBackAsTyped() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        long id = assembly.open(staff, AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"));
        String page = "/assembly/" + id;
        Instant closes = Decision.<Decision>findById(id).closesAt;
        Forms.post(page, staff).formParam("closesAt", "2099-13-45T99:00").formParam("reason", "参与率偏低")
                .post(page + "/extend").then().statusCode(400)
                .body(containsString("value=\"2099-13-45T99:00\"")).body(containsString("value=\"参与率偏低\""))
                .body(containsString("class=\"field-error\" id=\"closesAt-error\""));
        Forms.post(page, staff).cookie("sl_lang", "en").formParam("closesAt", "2099-01-01T09:00").formParam("reason", " ")
                .post(page + "/extend").then().statusCode(400)
                .body(containsString("value=\"2099-01-01T09:00\"")).body(containsString("id=\"extendReason-error\""))
                .body(containsString("Please enter a reason"));
        assertEquals(closes, Decision.<Decision>findById(id).closesAt);
        Forms.post(page, staff).formParam("reason", "").post(page + "/cancel").then().statusCode(400)
                .body(containsString("id=\"cancelReason-error\""));
        assertEquals(DecisionStatus.PUBLISHED, Decision.<Decision>findById(id).status);
        Forms.post(page, staff).formParam("closesAt", "2099-01-01T09:00").formParam("reason", "参与率偏低")
                .post(page + "/extend").then().statusCode(400).body(containsString("value=\"参与率偏低\""));
    }

    @Test
    void staffRecordFormsComeBackAsTypedAndWriteNothing() {
        TestEstate e = assembly.estate(3);
        String staff = assembly.staff(e);
        long id = assembly.open(staff, AssemblyFixtures.decisionBody(e.estateId(), "PROPERTY_MANAGER"));
        String page = "/assembly/" + id + "/records";
        String voter = "o" + e.owners().get(0);
        Forms.post(page, staff).formParam("sheetNo", "").formParam("voterKey", voter).formParam("choice", "OPPOSE")
                .post(page + "/paper").then().statusCode(400).body(containsString("id=\"sheetNo-error\""))
                .body(containsString("请填写纸质票上的编号")).body(containsString("value=\"OPPOSE\" required checked"));
        Forms.post(page, staff).formParam("sheetNo", "S-9").formParam("voterKey", voter).formParam("choice", "MAYBE")
                .post(page + "/paper").then().statusCode(400).body(containsString("value=\"S-9\""));
        assertEquals(0, PaperBallotEntry.count("decisionId", id));
        Forms.post(page, staff).formParam("voterKey", voter).formParam("proxyName", "李四")
                .formParam("proxyIdNumber", "123").formParam("instruction", "AGREE").post(page + "/mandates").then()
                .statusCode(400).body(containsString("value=\"李四\"")).body(containsString("id=\"proxyIdNumber-error\""))
                .body(containsString("value=\"AGREE\" checked"));
        assertEquals(0, ProxyMandateRecord.count("decisionId", id));
        Forms.post(page, staff).formParam("voterKey", voter).formParam("proxyName", "李四")
                .formParam("proxyIdNumber", "110101199001011234").formParam("instruction", "")
                .post(page + "/mandates").then().statusCode(303);
        assertEquals(1, ProxyMandateRecord.count("decisionId", id));
        Forms.post(page, staff).formParam("sheetNo", "S-1").formParam("voterKey", "o" + e.owners().get(1))
                .formParam("choice", "AGREE").post(page + "/paper").then().statusCode(303);
        long entry = PaperBallotEntry.<PaperBallotEntry>find("decisionId", id).firstResult().id;
        Forms.post(page, staff).formParam("reason", "").post(page + "/paper/" + entry + "/void").then()
                .statusCode(400).body(containsString("请填写作废理由"));
        assertEquals(null, PaperBallotEntry.<PaperBallotEntry>findById(entry).voidedAt);
    }

    @Test
    void electionChoicesArriveOneFieldPerCandidate() {
        TestEstate e = assembly.estate(3);
        String staff = assembly.staff(e);
        Map<String, Object> body = AssemblyFixtures.decisionBody(e.estateId(), "OWNERS_COMMITTEE");
        body.put("candidates", List.of("张三", "李四"));
        body.put("seats", 1);
        long id = assembly.open(staff, body);
        List<Integer> candidates = given().get("/api/assembly/decisions/" + id).then().extract().path("candidates.id");
        String card = assembly.card(e.estateId(), e.owners().get(0));
        String vote = "/assembly/" + id + "/vote";
        given().cookie("sl_token", card).get(vote).then().statusCode(200)
                .body(containsString("name=\"choice_" + candidates.get(0) + "\""));
        Forms.post(vote, card).formParam("choice_" + candidates.get(0), "AGREE")
                .formParam("choice_" + candidates.get(1), "AGREE").post(vote).then().statusCode(400)
                .body(containsString("value=\"AGREE\" required checked"));
        assertEquals(0, Ballot.count("decisionId", id));
        Forms.post(vote, card).formParam("choice_" + candidates.get(0), "AGREE")
                .formParam("choice_" + candidates.get(1), "OPPOSE").post(vote + "/confirm").then().statusCode(200)
                .body(containsString("name=\"choice_" + candidates.get(1) + "\" value=\"OPPOSE\""));
        Forms.post(vote, card).formParam("choice_" + candidates.get(0), "AGREE")
                .formParam("choice_" + candidates.get(1), "OPPOSE").post(vote).then().statusCode(303);
        assertEquals(1, Ballot.count("decisionId", id));
    }
}
