package cn.shangliang.community;

import cn.shangliang.community.roster.Rosters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static cn.shangliang.community.roster.Rosters.organization;
import static cn.shangliang.community.roster.Rosters.person;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No page or API response ever carries a full identity number: not after import, not in error reports. */
@QuarkusTest
class IdentityNeverShownTest extends StaffInAPlace {

    @Test
    void fullIdentityNumbersAppearNowhere() {
        List<String> numbers = List.of(person(1), person(2), person(3), organization(1));
        List<String> bodies = new ArrayList<>();
        bodies.add(given().auth().oauth2(staff).contentType("text/csv")
                .body(Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS))
                .post("/api/community/estates/" + place.estateId() + "/roster").then().statusCode(200).extract().asString());
        // a refused file: the reasons name the identity numbers only masked
        bodies.add(given().auth().oauth2(staff).contentType("text/csv").body(Rosters.csv(HEADER_ZH,
                        "1栋,101,100.00,登记,冒名," + person(1) + ",个人,是,,",
                        "1栋,101,100.00,登记,张三," + person(1) + ",个人,是,李四-" + person(2) + ","))
                .post("/api/community/estates/" + place.estateId() + "/roster").then().statusCode(400).extract().asString());
        long unitId = given().auth().oauth2(staff).get("/api/community/estates/" + place.estateId() + "/units")
                .then().extract().jsonPath().getLong("items[2].id");
        long ownerId = given().auth().oauth2(staff).get("/api/community/estates/" + place.estateId() + "/owners")
                .then().extract().jsonPath().getLong("items[0].id");
        for (String api : List.of("/api/community/estates/" + place.estateId() + "/units",
                "/api/community/estates/" + place.estateId() + "/owners",
                "/api/community/estates/" + place.estateId(),
                "/api/community/units/" + unitId, "/api/community/owners/" + ownerId)) {
            bodies.add(given().auth().oauth2(staff).get(api).then().statusCode(200).extract().asString());
        }
        for (String page : List.of("/community/estates/" + place.estateId(),
                "/community/roster/estates/" + place.estateId() + "/owners",
                "/community/roster/units/" + unitId, "/community/roster/owners/" + ownerId)) {
            bodies.add(given().cookie("sl_token", staff).get(page).then().statusCode(200).extract().asString());
        }
        String all = String.join("\n", bodies);
        assertTrue(all.contains(IdentityNumber.mask(person(1))), "the masked form is shown");
        for (String number : numbers) {
            assertFalse(all.contains(number), "full identity number leaked");
            assertFalse(all.contains(number.substring(4, 14)), "middle digits leaked");
        }
    }
}
