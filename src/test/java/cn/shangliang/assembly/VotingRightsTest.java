package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.community.Owner;
import cn.shangliang.community.OwnerKind;
import cn.shangliang.community.Unit;
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

/** Issue 18: an owner with several voting rights learns them by plain names and votes for each without internal keys. */
@QuarkusTest
class VotingRightsTest {

    @Inject
    AssemblyFixtures assembly;

    @Test
    void anOwnerWithTheirOwnFlatAndACoOwnedOneSeesBothByName() {
        TestEstate e = assembly.estate(2);
        long me = e.owners().get(0);
        Owner partner = assembly.owner(e.estateId(), OwnerKind.PERSON, "\u674e\u56db");
        Unit shared = assembly.addUnit(e.estateId(), "88.50");
        assembly.own(shared.id, me, true);
        assembly.own(shared.id, partner.id, false);
        String staff = assembly.staff(e);
        long id = assembly.open(e, staff);
        String card = assembly.card(e.estateId(), me);
        String base = "/api/assembly/decisions/" + id;

        // without a voter key the cast is refused; the list says which keys there are, by plain names
        as(card).body(Map.of("choice", "AGREE")).post(base + "/ballot").then().statusCode(400);
        List<Map<String, Object>> rights = as(card).get(base + "/my-voting-rights").then().statusCode(200)
                .body("$", hasSize(2)).body("name", hasItem("1\u680b101 \u2014 \u4e1a\u4e3b0"))
                .body("owners.flatten()", hasItem("\u674e\u56db")).body("areaM2", hasItem("88.50"))
                .extract().path("$");
        String sharedKey = (String) rights.stream().filter(r -> ((List<?>) r.get("owners")).size() == 2)
                .findFirst().orElseThrow().get("voterKey");
        as(card).body(Map.of("choice", "OPPOSE", "voterKey", sharedKey)).post(base + "/ballot").then().statusCode(200);
        as(card).get(base + "/my-voting-rights").then()
                .body("find { it.voterKey == '" + sharedKey + "' }.voted", equalTo(true))
                .body("find { it.voterKey == '" + sharedKey + "' }.choice", equalTo("OPPOSE"));

        // the vote page titles each right by flats and owners, never by key, and shows the choice by its label
        given().cookie("sl_token", card).get("/assembly/" + id + "/vote").then().statusCode(200)
                .body(containsString("1\u680b101 \u2014 \u4e1a\u4e3b0")).body(containsString("\u674e\u56db"))
                .body(not(containsString("\uff1a" + sharedKey + "<"))).body(not(containsString(">" + sharedKey + "<")))
                .body(containsString("\u60a8\u5f53\u524d\u7684\u9009\u62e9\uff1a\u53cd\u5bf9"))
                .body(not(containsString("OPPOSE ")));

        given().get(base + "/my-voting-rights").then().statusCode(401);
        as(staff).get(base + "/my-voting-rights").then().statusCode(403);
        as(assembly.card(e.estateId(), e.owners().get(1))).get(base + "/my-voting-rights").then().statusCode(200)
                .body("$", hasSize(1));
    }
}
