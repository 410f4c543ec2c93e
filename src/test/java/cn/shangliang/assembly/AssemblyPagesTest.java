package cn.shangliang.assembly;

import cn.shangliang.assembly.AssemblyFixtures.TestEstate;
import cn.shangliang.common.security.Role;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AssemblyPagesTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    Fixtures fixtures;

    @Inject
    AssemblyFixtures assembly;

    private long createByPage(TestEstate e, String staff) {
        LocalDateTime opens = LocalDateTime.now().plusDays(16);
        String location = Forms.post("/assembly/new?estate=" + e.estateId(), staff)
                .formParam("estateId", e.estateId()).formParam("title", "更换物业服务企业")
                .formParam("text", "是否解聘现物业服务企业。").formParam("matterType", "PROPERTY_MANAGER")
                .formParam("opensAt", opens.format(LOCAL)).formParam("closesAt", opens.plusDays(10).format(LOCAL))
                .post("/assembly").then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void staffPrepareAndPublishByPageOthersCannot() {
        TestEstate e = assembly.estate(2);
        String staff = assembly.staff(e);
        given().redirects().follow(false).get("/assembly/new?estate=" + e.estateId()).then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(302), org.hamcrest.Matchers.is(303)));
        String resident = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, e.communityId()).token();
        given().cookie("sl_token", resident).get("/assembly/new?estate=" + e.estateId()).then().statusCode(403);
        Forms.post("/assembly/new?estate=" + e.estateId(), staff).formParam("estateId", e.estateId())
                .formParam("title", "").formParam("matterType", "PROPERTY_MANAGER").post("/assembly").then()
                .statusCode(400).body(containsString("请填写标题"));
        assertEquals(0, Decision.count("estateId", e.estateId()));
        long id = createByPage(e, staff);
        given().cookie("sl_token", staff).get("/assembly/" + id).then().statusCode(200)
                .body(containsString("更换物业服务企业")).body(containsString("草稿"));
        given().get("/assembly/" + id).then().statusCode(404);
        Forms.post("/assembly/" + id, staff).post("/assembly/" + id + "/publish").then().statusCode(303);
        given().get("/assembly/" + id).then().statusCode(200).body(containsString("公告期"))
                .body(containsString("参与情况"));
        given().get("/assembly").then().statusCode(200).body(containsString("更换物业服务企业"));
        given().redirects().follow(false).get("/assembly/" + id + "/records").then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(302), org.hamcrest.Matchers.is(303), org.hamcrest.Matchers.is(401)));
        given().cookie("sl_token", staff).get("/assembly/" + id + "/records").then().statusCode(200)
                .body(containsString("csrf-token"));
    }

    @Test
    void ownerVotesThroughChooseConfirmCastAndGetsAReceipt() {
        TestEstate e = assembly.estate(3);
        String staff = assembly.staff(e);
        long id = createByPage(e, staff);
        Forms.post("/assembly/" + id, staff).post("/assembly/" + id + "/publish").then().statusCode(303);
        assembly.openVoting(id);
        String card = assembly.card(e.estateId(), e.owners().get(0));
        given().cookie("sl_token", card).get("/assembly/" + id + "/vote").then().statusCode(200)
                .body(containsString("name=\"choice\"")).body(containsString("csrf-token"));
        Forms.post("/assembly/" + id + "/vote", card).post("/assembly/" + id + "/vote/confirm").then().statusCode(400);
        given().cookie("sl_token", card).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("choice", "AGREE").post("/assembly/" + id + "/vote").then().statusCode(400);
        assertEquals(0, Ballot.count("decisionId", id));
        Forms.post("/assembly/" + id + "/vote", card).formParam("choice", "OPPOSE").post("/assembly/" + id + "/vote/confirm")
                .then().statusCode(200).body(containsString("value=\"OPPOSE\"")).body(containsString("反对"));
        String location = Forms.post("/assembly/" + id + "/vote", card).formParam("choice", "OPPOSE")
                .post("/assembly/" + id + "/vote").then().statusCode(303).extract().header("Location");
        String page = given().cookie("sl_token", card).get(location.replaceFirst("^https?://[^/]+", "")).then()
                .statusCode(200).extract().asString();
        Matcher m = Pattern.compile("id=\"receipt\">([0-9A-Z-]{19})<").matcher(page);
        assertTrue(m.find(), page);
        given().get("/assembly/receipt?code=" + m.group(1)).then().statusCode(200).body(containsString("将在截止后计入"));
        given().get("/assembly/receipt?code=nonsense").then().statusCode(400);
        given().get("/assembly/" + id).then().body(not(containsString("OPPOSE")));
        assembly.endVoting(id);
        Forms.post("/assembly/" + id, staff).post("/assembly/" + id + "/close").then().statusCode(303);
        given().get("/assembly/" + id).then().statusCode(200).body(containsString("表决结果")).body(containsString("未通过"))
                .body(containsString("尚差"));
        given().get("/assembly/" + id + "/verification").then().statusCode(200).body(containsString("默克尔根"))
                .body(not(containsString(m.group(1))));
        given().cookie("sl_lang", "en").get("/assembly/" + id + "/verification").then().statusCode(200)
                .body(containsString("Verification list")).body(containsString("Merkle root"));
    }
}
