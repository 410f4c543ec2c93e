package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a vote in every channel, reads every audit entry, page and API response that staff, a supervisor and a
 * subdistrict administrator can read, and fails on any record that holds a ballot choice next to an owner identity
 * (like the scan for full identity numbers). Audit entries may not carry a choice at all.
 */
@QuarkusTest
class BallotPrivacyScanTest {

    private static final Pattern CHOICE = Pattern.compile("AGREE|OPPOSE|ABSTAIN|同意|反对|弃权");
    private static final Pattern ROW = Pattern.compile("<(tr|li|p|dd)\\b[\\s\\S]*?</\\1>");

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    @Inject
    ObjectMapper json;

    @Test
    void noReaderOfTheRecordSeesAChoiceNextToAnOwner() throws Exception {
        TestEstate e = assembly.estate(7);
        String staff = assembly.staff(e);
        String staff2 = assembly.staff(e);
        long id = assembly.open(e, staff);
        String[] online = {"AGREE", "OPPOSE", "ABSTAIN", "AGREE"};
        for (int i = 0; i < online.length; i++) {
            String card = assembly.card(e.estateId(), e.owners().get(i));
            assembly.cast(id, card, "OPPOSE");
            assembly.cast(id, card, online[i]);
        }
        long mandate = ((Number) as(staff).body(Map.of("ownerId", e.owners().get(4), "proxyName", "李某",
                        "proxyIdNumber", "440301198001011234", "instruction", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/mandates").then().statusCode(200).extract().path("id")).longValue();
        as(staff).body(Map.of("choice", "OPPOSE")).post("/api/assembly/decisions/" + id + "/mandates/" + mandate + "/ballots")
                .then().statusCode(200);
        for (String s : List.of(staff, staff2)) {
            as(s).body(Map.of("sheetNo", "S-1", "ownerId", e.owners().get(5), "choice", "ABSTAIN"))
                    .post("/api/assembly/decisions/" + id + "/paper").then().statusCode(200);
        }
        // a staff record beside an online ballot, so the checks list is scanned too
        as(staff).body(Map.of("sheetNo", "S-2", "ownerId", e.owners().get(0), "choice", "OPPOSE"))
                .post("/api/assembly/decisions/" + id + "/paper").then().statusCode(200);
        assembly.close(id, staff);

        List<Pattern> identities = new ArrayList<>();
        for (long owner : e.owners()) {
            identities.add(Pattern.compile("(?<![0-9A-Za-z])o" + owner + "(?![0-9])"));
            identities.add(Pattern.compile("业主" + e.owners().indexOf(owner) + "(?![0-9])"));
        }
        String supervisor = fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, e.subdistrictId()).token();
        String admin = fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, e.subdistrictId()).token();
        String d = "/api/assembly/decisions/" + id;
        List<String> api = new ArrayList<>(List.of(d, d + "/turnout", d + "/result", d + "/verification", d + "/mandates",
                d + "/paper", d + "/staff-record-checks", "/api/assembly/decisions?estate=" + e.estateId(),
                "/api/notices", "/api/audit/verify", "/api/community/estates/" + e.estateId(),
                "/api/community/communities/" + e.communityId() + "/estates"));
        for (int page = 0; page < 40; page++) {
            api.add("/api/audit/entries?page=" + page);
        }
        List<String> pages = List.of("/assembly/" + id, "/assembly/" + id + "/records", "/assembly/" + id + "/verification",
                "/assembly?estate=" + e.estateId(), "/notices", "/audit", "/", "/community/estates/" + e.estateId());

        int scanned = 0;
        for (String reader : List.of(staff, supervisor, admin)) {
            for (String path : api) {
                Response r = as(reader).get(path);
                if (r.statusCode() == 200) {
                    scanned++;
                    for (JsonNode leaf : leafObjects(json.readTree(r.asString()))) {
                        assertClean(path, leaf.toString(), identities);
                    }
                }
            }
            for (String path : pages) {
                Response r = given().cookie("sl_token", reader).redirects().follow(false).get(path);
                if (r.statusCode() == 200) {
                    scanned++;
                    // forms offer choices to enter, they disclose nothing
                    String html = r.asString().replaceAll("<form[\\s\\S]*?</form>", "");
                    Matcher m = ROW.matcher(html);
                    while (m.find()) {
                        assertClean(path, m.group(), identities);
                    }
                }
            }
        }
        assertTrue(scanned > 20, "scanned " + scanned + " responses");

        // the audit log holds no choice at all, in any entry, for anyone
        List<String> summaries = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> s = as(supervisor).get("/api/audit/entries?page=" + page).then().statusCode(200)
                    .extract().jsonPath().getList("summary", String.class);
            if (s.isEmpty()) {
                break;
            }
            summaries.addAll(s);
        }
        long ballots = summaries.stream().filter(s -> s.contains("commitment")).count();
        assertTrue(ballots >= 12, "cast, change, proxy and paper entries carry commitments: " + ballots);
        for (String s : summaries) {
            assertFalse(Pattern.compile("\\b(AGREE|OPPOSE|ABSTAIN)\\b").matcher(s).find(), "a choice in an audit entry: " + s);
        }
        assertEquals(0, summaries.stream().filter(s -> s.contains("receipt ")).count(), "no receipt codes in the audit log");
    }

    private static void assertClean(String where, String record, List<Pattern> identities) {
        if (!CHOICE.matcher(record).find()) {
            return;
        }
        for (Pattern identity : identities) {
            assertFalse(identity.matcher(record).find(), where + ": a choice next to an owner: " + record);
        }
    }

    /** The innermost JSON objects: one record each (a ballot, a mandate, an entry). */
    private static List<JsonNode> leafObjects(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static boolean collect(JsonNode node, List<JsonNode> out) {
        boolean nested = false;
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                nested |= collect(child, out) || child.isObject();
            }
        }
        if (node.isObject() && !nested) {
            out.add(node);
        }
        return node.isObject() || nested;
    }
}
