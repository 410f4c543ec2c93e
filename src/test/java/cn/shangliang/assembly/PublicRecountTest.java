package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public recount: a script that knows nothing but the public endpoints (anonymous HTTP, no app classes) takes
 * the published record of a closed decision and gets the published totals, the pass/fail and the Merkle root.
 */
@QuarkusTest
class PublicRecountTest {

    @Inject
    AssemblyFixtures assembly;

    @Test
    void theRecordOfAClosedDecisionRecountsToThePublishedResult() throws Exception {
        TestEstate e = assembly.estate(16);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String[] choices = {"AGREE", "AGREE", "AGREE", "OPPOSE", "AGREE", "AGREE", "ABSTAIN", "AGREE", "AGREE", "AGREE",
                "AGREE", "OPPOSE", "AGREE", "AGREE"};
        for (int i = 0; i < choices.length; i++) {
            given().auth().oauth2(assembly.card(e.estateId(), e.owners().get(i))).contentType("application/json")
                    .body(Map.of("choice", choices[i])).post("/api/assembly/decisions/" + id + "/ballot").then().statusCode(200);
        }
        assembly.close(id, staff);

        Recount r = Recount.of("/api/assembly/decisions/" + id);
        JsonPath result = r.result;
        assertEquals(result.getLong("decision.agree.areaCenti"), r.sum("agree", "areaCenti"));
        assertEquals(result.getLong("decision.agree.heads"), r.sum("agree", "heads"));
        assertEquals(result.getLong("decision.oppose.heads"), r.sum("oppose", "heads"));
        assertEquals(result.getLong("decision.abstain.heads"), r.sum("abstain", "heads"));
        long partArea = r.sum("agree", "areaCenti") + r.sum("oppose", "areaCenti") + r.sum("abstain", "areaCenti");
        long partHeads = r.sum("agree", "heads") + r.sum("oppose", "heads") + r.sum("abstain", "heads");
        assertEquals(result.getLong("participating.areaCenti"), partArea);
        assertEquals(result.getLong("participating.heads"), partHeads);
        assertEquals(partHeads, r.leaves.size(), "one leaf per counted ballot");
        assertEquals(r.merkleRoot, root(r.leaves), "the published root rebuilt from the published leaves");

        boolean quorum = atLeast(partArea, result.getLong("total.areaCenti"), 2, 3)
                && atLeast(partHeads, result.getLong("total.heads"), 2, 3);
        Matcher f = Pattern.compile("(>=|>)\\s*(\\d+)/(\\d+)").matcher(result.getString("requiredFraction"));
        assertTrue(f.find(), result.getString("requiredFraction"));
        boolean inclusive = f.group(1).equals(">=");
        long n = Long.parseLong(f.group(2));
        long d = Long.parseLong(f.group(3));
        boolean passed = quorum && reaches(r.sum("agree", "areaCenti"), partArea, n, d, inclusive)
                && reaches(r.sum("agree", "heads"), partHeads, n, d, inclusive);
        assertEquals(result.getBoolean("decision.passed"), passed);
        assertEquals(result.getBoolean("quorum.met"), quorum);

        // a single merged row is the estate's totals, published anyway; every other row must hide small groups
        for (Map<String, Object> row : r.buildings.size() == 1 ? List.<Map<String, Object>>of() : r.buildings) {
            for (String cell : List.of("agree", "oppose", "abstain")) {
                int heads = ((Number) ((Map<?, ?>) row.get(cell)).get("heads")).intValue();
                assertTrue(heads == 0 || heads >= r.minGroupSize, "no published group below " + r.minGroupSize + ": " + row);
            }
        }
        assertEquals(1, r.buildings.size(), "one abstention and two oppositions: both buildings merged");
        String notices = given().get("/api/notices").asString();
        assertTrue(notices.contains(r.merkleRoot), "the root is on the public notice board");
    }

    /** What the script fetched, anonymously. */
    private record Recount(JsonPath result, String merkleRoot, int minGroupSize, List<String> leaves,
                           List<Map<String, Object>> buildings) {

        static Recount of(String decision) {
            JsonPath v = given().get(decision + "/verification?page=0").then().statusCode(200).extract().jsonPath();
            List<String> leaves = new ArrayList<>(v.getList("leaves", String.class));
            for (int page = 1; leaves.size() < v.getInt("leafCount"); page++) {
                leaves.addAll(given().get(decision + "/verification?page=" + page).then().extract().jsonPath()
                        .getList("leaves", String.class));
            }
            JsonPath result = given().get(decision + "/result").then().statusCode(200).extract().jsonPath();
            return new Recount(result, v.getString("merkleRoot"), v.getInt("minGroupSize"), leaves,
                    result.getList("decision.buildings"));
        }

        long sum(String cell, String measure) {
            return buildings.stream().mapToLong(b -> ((Number) ((Map<?, ?>) b.get(cell)).get(measure)).longValue()).sum();
        }
    }

    private static boolean atLeast(long part, long whole, long n, long d) {
        return BigInteger.valueOf(part).multiply(BigInteger.valueOf(d)).compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(n))) >= 0;
    }

    private static boolean reaches(long part, long whole, long n, long d, boolean inclusive) {
        int c = BigInteger.valueOf(part).multiply(BigInteger.valueOf(d)).compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(n)));
        return whole > 0 && (inclusive ? c >= 0 : c > 0);
    }

    /** The Merkle root as ballot-privacy.md defines it, written here from the document, not from the app's code. */
    private static String root(List<String> leaves) throws Exception {
        if (leaves.isEmpty()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0]));
        }
        List<byte[]> level = new ArrayList<>();
        for (String l : leaves) {
            level.add(HexFormat.of().parseHex(l));
        }
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 == level.size()) {
                    next.add(level.get(i));
                    continue;
                }
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                md.update((byte) 1);
                md.update(level.get(i));
                md.update(level.get(i + 1));
                next.add(md.digest());
            }
            level = next;
        }
        return HexFormat.of().formatHex(level.get(0));
    }
}
