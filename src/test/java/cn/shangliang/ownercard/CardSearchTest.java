package cn.shangliang.ownercard;

import cn.shangliang.common.security.Role;
import cn.shangliang.community.AreaSource;
import cn.shangliang.community.Building;
import cn.shangliang.community.Ownership;
import cn.shangliang.community.Unit;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.CardFixtures;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.browser.BrowserTest;
import cn.shangliang.testsupport.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: staff find an owner on the cards page by flat, name or card number, and each row shows the owner's
 * flats, so two owners of the same name can be told apart.
 */
@QuarkusTest
class CardSearchTest {

    @Inject
    CardFixtures cards;

    @Inject
    CardSearchData data;

    @Inject
    Fixtures fixtures;

    @Test
    void staffFindOwnersByFlatNameOrCardAndSeeTheirFlats() {
        CardSearchData.Estate e = data.estate();
        String staff = cards.staffToken(e.place().communityId());
        String page = "/cards/estates/" + e.place().estateId();
        given().cookie("sl_token", staff).get(page).then().statusCode(200)
                .body(containsString("3栋1502")).body(containsString("5栋0801")).body(containsString("name=\"find\""));
        given().cookie("sl_token", staff).queryParam("find", "3栋 1502").get(page).then().statusCode(200)
                .body(containsString("3栋1502")).body(not(containsString("5栋0801"))).body(not(containsString("李秀英")));
        given().cookie("sl_token", staff).queryParam("find", "０８０１").get(page).then().statusCode(200)
                .body(containsString("5栋0801")).body(not(containsString("3栋1502")));
        given().cookie("sl_token", staff).queryParam("find", "王建国").get(page).then().statusCode(200)
                .body(containsString("3栋1502")).body(containsString("5栋0801")).body(not(containsString("李秀英")));
        given().cookie("sl_token", staff).queryParam("find", e.cardNumber().substring(4)).get(page).then().statusCode(200)
                .body(containsString("李秀英")).body(not(containsString("王建国")));
        given().cookie("sl_token", staff).queryParam("find", "100%_").get(page).then().statusCode(200)
                .body(containsString("没有找到与「100%_」相符的业主"));

        given().auth().oauth2(staff).queryParam("estate", e.place().estateId()).queryParam("find", "5栋")
                .get("/api/cards/owners").then().statusCode(200).body("$", hasSize(1))
                .body("[0].flats", contains("5栋0801"));
        String otherStaff = cards.staffToken(cards.estate().communityId());
        given().auth().oauth2(otherStaff).queryParam("estate", e.place().estateId()).get("/api/cards/owners")
                .then().statusCode(403);
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.place().communityId()).token();
        given().auth().oauth2(resident).queryParam("estate", e.place().estateId()).get("/api/cards/owners")
                .then().statusCode(403);
    }

}
