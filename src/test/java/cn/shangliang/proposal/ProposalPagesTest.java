package cn.shangliang.proposal;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The proposal form through the pipeline: bad input comes back as the form, typed text kept; success flashes once. */
@QuarkusTest
class ProposalPagesTest {

    @Inject
    CouncilTestData data;

    long community;
    Fixtures.User resident;

    @BeforeEach
    void setUp() {
        community = data.community();
        resident = data.resident(community);
    }

    @Test
    void anEmptyFormComesBackWithTheTypedTextAndEachErrorByItsFieldAndNothingIsWritten() {
        Forms.post("/proposals/new", resident.token()).formParam("communityId", community)
                .formParam("title", "").formParam("description", "三号楼的路灯<坏了>").formParam("category", "FACILITIES")
                .formParam("place", "北门").post("/proposals")
                .then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("输入有误，请按标出的字段修改后再提交"))
                .body(containsString("<p class=\"field-error\" id=\"title-error\" role=\"alert\">请填写标题（200字以内）</p>"))
                .body(containsString("三号楼的路灯&lt;坏了&gt;</textarea>"))
                .body(containsString("value=\"北门\""))
                .body(containsString("value=\"FACILITIES\" selected"))
                .body(not(containsString("description-error")))
                .body(not(containsString("communityId</strong>")));
        given().get("/api/proposals?community=" + community).then().body("total", equalTo(0));
    }

    @Test
    void errorsAreInEnglishForEnglishVisitorsAndMalformedChoicesAreNamed() {
        Forms.post("/proposals/new", resident.token()).cookie("sl_lang", "en").formParam("communityId", "abc")
                .formParam("title", "Street lights").formParam("description", "").formParam("category", "NOPE")
                .post("/proposals")
                .then().statusCode(400)
                .body(containsString("id=\"communityId-error\" role=\"alert\">Enter a number</p>"))
                .body(containsString("id=\"category-error\" role=\"alert\">Not a valid option</p>"))
                .body(containsString("value=\"Street lights\""));
        given().get("/api/proposals?community=" + community).then().body("total", equalTo(0));
    }

    @Test
    void aSubmittedFormRedirectsAndTheNextPageSaysSubmittedOnce() {
        var response = Forms.post("/proposals/new", resident.token()).formParam("communityId", community)
                .formParam("title", "修路灯").formParam("description", "三盏不亮").formParam("category", "FACILITIES")
                .post("/proposals");
        response.then().statusCode(303).header("Location", containsString("/proposals/"));
        assertThat(response.headers().getValues("Set-Cookie"),
                hasItem(allOf(containsString("sl_flash=1"), containsString("Max-Age=60"))));
        String page = response.header("Location").substring(response.header("Location").indexOf("/proposals/"));
        var shown = given().cookie("sl_flash", "1").get(page);
        shown.then().statusCode(200).body(containsString("<p class=\"flash\" role=\"status\">已提交</p>"));
        assertThat(shown.headers().getValues("Set-Cookie"),
                hasItem(allOf(containsString("sl_flash="), containsString("Max-Age=0"))));
        given().cookie("sl_lang", "en").cookie("sl_flash", "1").get(page).then().body(containsString(">Submitted</p>"));
        given().get(page).then().statusCode(200).body(not(containsString("class=\"flash\"")));
    }

    @Test
    void theFormNeedsLoginAndRefusalsOfOtherKindsKeepTheirStatus() {
        given().redirects().follow(false).get("/proposals/new").then().statusCode(303)
                .header("Location", containsString("/login"));
        Fixtures.User outsider = data.resident(data.community());
        Forms.post("/proposals/new", outsider.token()).formParam("communityId", community).formParam("title", "t")
                .formParam("description", "d").formParam("category", "OTHER").post("/proposals").then().statusCode(403);
        Forms.post("/proposals/new", resident.token()).formParam("communityId", "999999999").formParam("title", "t")
                .formParam("description", "d").formParam("category", "OTHER").post("/proposals").then().statusCode(404);
    }
}
