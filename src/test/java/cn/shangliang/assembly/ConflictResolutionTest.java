package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.notice.Notice;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: a conflict can be resolved with a reason, before or after the close; a recount publishes a corrected
 * result that supersedes the old notice; a provisional notice says 暂定 and why; staff find owners by flat or name.
 */
@QuarkusTest
class ConflictResolutionTest {

    @Inject
    AssemblyFixtures assembly;

    private static List<Notice> results(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>list(
                "sourceType = ?1 and sourceId = ?2 and title like ?3 order by id", DecisionService.SOURCE, id,
                "%\u8868\u51b3\u7ed3\u679c%"));
    }

    @Test
    void aConflictResolvedAfterTheCloseIsRecountedAsACorrectedNoticeThatSupersedesTheProvisionalOne() {
        TestEstate e = assembly.estate(3);
        String staffA = assembly.staff(e);
        String staffB = assembly.staff(e);
        long id = assembly.open(e, staffA);
        String base = "/api/assembly/decisions/" + id;
        String card = assembly.card(e.estateId(), e.owners().get(1));
        String online = as(card).body(Map.of("choice", "AGREE")).post(base + "/ballot").then().statusCode(200)
                .extract().path("receipt");
        as(assembly.card(e.estateId(), e.owners().get(0))).body(Map.of("choice", "AGREE")).post(base + "/ballot")
                .then().statusCode(200);
        for (String s : List.of(staffA, staffB)) {
            as(s).body(Map.of("sheetNo", "P-1", "voterKey", "o" + e.owners().get(1), "choice", "OPPOSE"))
                    .post(base + "/paper").then().statusCode(200);
        }
        assembly.endVoting(id);
        as(staffA).post(base + "/close").then().statusCode(200).body("provisional", equalTo(true))
                .body("conflicts", equalTo(1));

        // the provisional notice says 暂定 and why, and never reads as a final 通过 / 未通过
        Notice first = results(id).get(0);
        assertTrue(first.title.contains("\u6682\u5b9a"), first.title);
        assertTrue(first.body.contains("1 \u9879\u8868\u51b3\u51b2\u7a81"), first.body);
        assertFalse(first.body.matches("(?s).*(^|\\n)\u7ed3\u679c\uff1a.*"), "no final result line: " + first.body);
        given().get("/assembly/" + id).then().statusCode(200).body(containsString("\u6682\u5b9a"))
                .body(containsString("\u975e\u6700\u7ec8\u7ed3\u679c"));

        // staff see which records disagree, by plain names, never the choices
        as(staffA).get(base + "/conflicts").then().statusCode(200).body("open", hasSize(1))
                .body("open[0].name", containsString("\u4e1a\u4e3b1")).body("open[0].records.channel", hasItem("PAPER"))
                .body(not(containsString("OPPOSE"))).body(not(containsString("AGREE")));
        given().get(base + "/conflicts").then().statusCode(401);
        as(card).get(base + "/conflicts").then().statusCode(403);
        as(assembly.staff(assembly.estate(1))).get(base + "/conflicts").then().statusCode(403);

        as(staffA).body(Map.of("voterKey", "o" + e.owners().get(1), "channel", "PAPER", "reference", "P-1"))
                .post(base + "/conflicts/resolve").then().statusCode(400);
        as(staffA).body(Map.of("voterKey", "o" + e.owners().get(1), "channel", "PAPER", "reference", "P-9", "reason", "x"))
                .post(base + "/conflicts/resolve").then().statusCode(400).body("code", equalTo("assembly.conflict.not-a-record"));
        as(staffA).body(Map.of("voterKey", "o" + e.owners().get(1), "channel", "PAPER", "reference", "P-1",
                        "reason", "\u4e1a\u4e3b\u4e66\u9762\u786e\u8ba4\u4ee5\u7eb8\u8d28\u7968\u4e3a\u51c6"))
                .post(base + "/conflicts/resolve").then().statusCode(200).body("channel", equalTo("PAPER"));
        as(staffB).body(Map.of("voterKey", "o" + e.owners().get(1), "channel", "ONLINE", "reason", "x"))
                .post(base + "/conflicts/resolve").then().statusCode(409).body("code", equalTo("assembly.conflict.already-resolved"));
        given().get("/api/assembly/receipts/" + online).then().body("status", equalTo("NOT_COUNTED"))
                .body("reason", equalTo("RESOLVED_OTHER"));

        as(staffA).post(base + "/recount").then().statusCode(200).body("provisional", equalTo(false))
                .body("decision.oppose.heads", equalTo(1)).body("decision.agree.heads", equalTo(1));
        List<Notice> notices = results(id);
        assertEquals(2, notices.size());
        assertEquals(notices.get(1).id, notices.get(0).supersededBy, "the old notice stays, marked superseded");
        assertNull(notices.get(1).supersededBy);
        assertTrue(notices.get(1).title.contains("\u7b2c 2 \u7248"), notices.get(1).title);
        assertFalse(notices.get(1).title.contains("\u6682\u5b9a"));
        given().get("/notices/" + notices.get(0).id).then().statusCode(200)
                .body(containsString("/notices/" + notices.get(1).id));
        given().get("/api/notices/" + notices.get(0).id).then().body("supersededBy", equalTo(notices.get(1).id.intValue()));

        // nothing changed since: no new notice
        as(staffA).post(base + "/recount").then().statusCode(200);
        assertEquals(2, results(id).size());
    }

    @Test
    void beforeTheCloseTheOwnersOwnBallotStandsOverAProxysAndTheCountFollows() {
        TestEstate e = assembly.estate(3);
        String staffA = assembly.staff(e);
        String staffB = assembly.staff(e);
        long id = assembly.open(e, staffA);
        String base = "/api/assembly/decisions/" + id;
        long owner = e.owners().get(0);
        as(assembly.card(e.estateId(), owner)).body(Map.of("choice", "AGREE")).post(base + "/ballot").then().statusCode(200);
        long mandate = ((Number) as(staffA).body(Map.of("ownerId", owner, "proxyName", "\u738b\u67d0", "proxyIdNumber", "440301199001011234"))
                .post(base + "/mandates").then().statusCode(200).extract().path("id")).longValue();
        as(staffA).body(Map.of("choice", "OPPOSE")).post(base + "/mandates/" + mandate + "/ballots").then().statusCode(200);
        long check = ((Number) as(staffA).get(base + "/staff-record-checks").then().extract().path("[0].id")).longValue();
        as(staffB).post(base + "/staff-record-checks/" + check + "/confirm").then().statusCode(200);
        given().get(base + "/turnout").then().body("participating.heads", equalTo(0));

        as(staffB).body(Map.of("voterKey", "o" + owner, "channel", "PROXY", "reference", String.valueOf(mandate), "reason", "x"))
                .post(base + "/conflicts/resolve").then().statusCode(400).body("code", equalTo("assembly.conflict.proxy-over-own"));
        as(staffB).body(Map.of("voterKey", "o" + owner, "channel", "ONLINE", "reason", "\u672c\u4eba\u6295\u7968"))
                .post(base + "/conflicts/resolve").then().statusCode(200);
        given().get(base + "/turnout").then().body("participating.heads", equalTo(1));
        as(staffA).get(base + "/conflicts").then().body("open", hasSize(0)).body("resolved", hasSize(1));
    }

    @Test
    void staffFindOwnersByFlatOrNameAndResolveFromThePage() {
        TestEstate e = assembly.estate(4);
        String staffA = assembly.staff(e);
        String staffB = assembly.staff(e);
        long id = assembly.open(e, staffA);
        String page = "/assembly/" + id + "/records";
        // find by flat, pick, and the forms record for that voter: no internal numbers typed
        given().cookie("sl_token", staffA).get(page + "?find=1\u680b103").then().statusCode(200)
                .body(containsString("?voter=o" + e.owners().get(2))).body(not(containsString("name=\"ownerId\"")));
        as(staffA).get("/api/assembly/decisions/" + id + "/voters?q=\u4e1a\u4e3b3").then().statusCode(200)
                .body("voterKey", hasItem("o" + e.owners().get(3))).body("[0].flats[0]", equalTo("2\u680b104"));
        given().cookie("sl_token", staffA).get(page + "?voter=o" + e.owners().get(2)).then().statusCode(200)
                .body(containsString("1\u680b103 \u2014 \u4e1a\u4e3b2"))
                .body(containsString("name=\"voterKey\" value=\"o" + e.owners().get(2) + "\""));
        for (String s : List.of(staffA, staffB)) {
            Forms.post(page, s).formParam("sheetNo", "S-1").formParam("voterKey", "o" + e.owners().get(2))
                    .formParam("choice", "OPPOSE").post(page + "/paper").then().statusCode(303);
        }
        as(assembly.card(e.estateId(), e.owners().get(2))).body(Map.of("choice", "AGREE"))
                .post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        given().cookie("sl_token", staffA).get(page).then().statusCode(200)
                .body(containsString("1\u680b103 \u2014 \u4e1a\u4e3b2")).body(containsString("/records/conflicts"));
        Forms.post(page, staffA).formParam("voterKey", "o" + e.owners().get(2)).formParam("channel", "PAPER")
                .formParam("reference", "S-1").formParam("reason", "").post(page + "/conflicts").then().statusCode(400)
                .body(containsString("\u8bf7\u586b\u5199\u7406\u7531"));
        Forms.post(page, staffA).formParam("voterKey", "o" + e.owners().get(2)).formParam("channel", "ONLINE")
                .formParam("reason", "\u4e1a\u4e3b\u6765\u7535\u786e\u8ba4").post(page + "/conflicts").then().statusCode(303);
        given().get("/api/assembly/decisions/" + id + "/turnout").then().body("participating.heads", equalTo(1));
    }
}
