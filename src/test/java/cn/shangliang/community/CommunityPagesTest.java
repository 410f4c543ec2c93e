package cn.shangliang.community;

import cn.shangliang.community.roster.Rosters;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static cn.shangliang.community.roster.Rosters.person;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class CommunityPagesTest extends StaffInAPlace {

    private String page(String path, String token, int status) {
        return given().redirects().follow(false).cookie("sl_token", token).get(path).then().statusCode(status)
                .extract().asString();
    }

    private String estatePage() {
        return "/community/estates/" + place.estateId();
    }

    /** The upload queues a job; its page shows the same outcome once the job has finished. */
    private void importFive() {
        String jobPage = RosterUploads.upload(place.estateId(), staff, Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS));
        RosterUploads.awaitFinished(RosterUploads.jobId(jobPage), staff);
        given().cookie("sl_token", staff).get(jobPage).then().statusCode(200)
                .body(containsString("已导入 5 行")).body(containsString("业主总人数"))
                .body(not(containsString("http-equiv=\"refresh\"")));
    }

    @Test
    void staffSeeTheirCommunityAndEstateInChineseAndEnglish() {
        page("/community", staff, 200);
        String community = page("/community/" + place.communityId(), staff, 200);
        assertContains(community, "新增小区");
        importFive();
        String estate = page(estatePage(), staff, 200);
        assertContains(estate, "表决基数");
        assertContains(estate, "登记面积");
        assertContains(estate, "410.75");
        given().cookie("sl_token", staff).cookie("sl_lang", "en").get(estatePage()).then().statusCode(200)
                .body(containsString("Voting denominators")).body(containsString("Registered area"));
        page("/community/roster/estates/" + place.estateId() + "/owners", staff, 200);
    }

    @Test
    void importPageListsEveryBadLineAndImportsNothing() {
        String jobPage = RosterUploads.upload(place.estateId(), staff, Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS[0],
                "1栋,102,0,登记,李四," + person(2) + ",个人,是,,", "1栋,101,1,登记,王五," + person(3) + ",个人,是,,"));
        RosterUploads.awaitFinished(RosterUploads.jobId(jobPage), staff);
        given().cookie("sl_token", staff).get(jobPage).then().statusCode(200)
                .body(containsString("发现 2 处错误")).body(containsString("<td class=\"num\">3</td>"))
                .body(containsString("<td class=\"num\">4</td>"));
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void importWithoutCsrfTokenIsRefused() {
        given().redirects().follow(false).cookie("sl_token", staff)
                .multiPart("file", "r.csv", Rosters.csv(HEADER_ZH, RosterFixtures.FIVE_UNITS), "text/csv")
                .post(estatePage() + "/roster").then().statusCode(400);
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void formsAddBuildingsUnitsOwnersAndOwnership() {
        Forms.post(estatePage(), staff).formParam("name", "9栋").post(estatePage() + "/buildings")
                .then().statusCode(303);
        String estate = page(estatePage(), staff, 200);
        Matcher building = Pattern.compile("<option value=\"(\\d+)\">9栋</option>").matcher(estate);
        building.find();
        String unitLocation = Forms.post(estatePage(), staff).formParam("buildingId", building.group(1))
                .formParam("number", "901").formParam("areaM2", "88.80").formParam("areaSource", "SURVEYED")
                .formParam("delivered", "true").post(estatePage() + "/units").then().statusCode(303)
                .extract().header("Location");
        String unitPath = unitLocation.replaceFirst("^https?://[^/]+", "").replace("?saved=true", "");
        assertContains(page(unitPath + "?saved=true", staff, 200), "实测面积");
        String ownersPage = "/community/roster/estates/" + place.estateId() + "/owners";
        String ownerLocation = Forms.post(ownersPage, staff).formParam("kind", "PERSON").formParam("name", "赵六")
                .formParam("identityNumber", person(6)).formParam("phone", "").post(ownersPage)
                .then().statusCode(303).extract().header("Location");
        String ownerId = ownerLocation.replaceAll(".*/owners/(\\d+).*", "$1");
        Forms.post(unitPath, staff).formParam("ownerId", ownerId).formParam("ownerId", "").formParam("designated", "0")
                .post(unitPath + "/ownerships").then().statusCode(303);
        String unit = page(unitPath, staff, 200);
        assertContains(unit, "赵六");
        assertContains(unit, IdentityNumber.mask(person(6)));
        // bad input: the error page says what is wrong with the area in words, nothing is written
        Forms.post(unitPath, staff).formParam("areaM2", "abc").formParam("areaSource", "SURVEYED")
                .post(unitPath).then().statusCode(400).body(containsString("最多两位小数的平方米数"));
        Forms.post(ownersPage, staff).formParam("kind", "").formParam("name", "")
                .formParam("identityNumber", "123").post(ownersPage).then().statusCode(400);
        assertEquals(1, data.count("Owner", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void communityFormsAndReadOnlySupervisor() {
        String path = "/community/" + place.communityId();
        Forms.post(path, staff).formParam("kind", "PROPERTY_COMPANY").formParam("name", "某物业")
                .formParam("estateId", "").post(path + "/organizations").then().statusCode(303);
        Forms.post(path, staff).formParam("name", "2栋201户").formParam("unitId", "").post(path + "/households")
                .then().statusCode(303);
        Forms.post(path, staff).formParam("name", "居民丙").formParam("phone", "13900000000")
                .formParam("householdId", "").formParam("accountId", "").post(path + "/residents").then().statusCode(303);
        Forms.post(path, staff).formParam("name", "新小区").formParam("noticeDays", "20")
                .post(path + "/estates").then().statusCode(303);
        String page = page(path, staff, 200);
        assertContains(page, "某物业");
        assertContains(page, "居民丙");
        assertContains(page, "新小区");
        String supervisor = data.supervisor(place);
        String readOnly = page(path, supervisor, 200);
        assertContains(readOnly, "您可以查看，但不能修改");
        given().cookie("sl_token", supervisor).get(estatePage()).then().statusCode(200)
                .body(not(containsString("action=\"/community/estates/" + place.estateId() + "/units\"")));
    }

    @Test
    void aRefusedCommunityFormComesBackAsTypedWithItsErrorsInWords() {
        String path = "/community/" + place.communityId();
        Forms.post(path, staff).formParam("name", "居民丁").formParam("phone", "电话abc").formParam("accountId", "七")
                .post(path + "/residents").then().statusCode(400)
                .body(containsString("value=\"居民丁\"")).body(containsString("value=\"电话abc\""))
                .body(containsString("请填写数字"));
        Forms.post(path, staff).formParam("name", "").formParam("phone", "电话abc")
                .post(path + "/residents").then().statusCode(400)
                .body(containsString("value=\"电话abc\"")).body(containsString("不能为空"))
                .body(containsString("电话格式有误"));
        Forms.post(path, staff).formParam("name", "新小区乙").formParam("noticeDays", "五")
                .post(path + "/estates").then().statusCode(400)
                .body(containsString("value=\"新小区乙\"")).body(containsString("请填写数字"));
        String page = page(path, staff, 200);
        assertFalse(page.contains("居民丁"));
        assertFalse(page.contains("新小区乙"));
    }

    @Test
    void refusedEstateAndOwnerFormsComeBackAsTyped() {
        Forms.post(estatePage(), staff).formParam("name", "8栋").post(estatePage() + "/buildings").then().statusCode(303);
        Forms.post(estatePage(), staff).formParam("number", "8号801").formParam("areaM2", "八十")
                .formParam("areaSource", "SURVEYED").post(estatePage() + "/units").then().statusCode(400)
                .body(containsString("value=\"8号801\"")).body(containsString("value=\"八十\""))
                .body(containsString("最多两位小数的平方米数"));
        Forms.post(estatePage(), staff).formParam("name", "改名小区").formParam("noticeDays", "9")
                .post(estatePage()).then().statusCode(400)
                .body(containsString("value=\"改名小区\"")).body(containsString("value=\"9\""));
        String ownersPage = "/community/roster/estates/" + place.estateId() + "/owners";
        String refused = Forms.post(ownersPage, staff).formParam("kind", "PERSON").formParam("name", "钱七")
                .formParam("identityNumber", "123").formParam("phone", "13900000001").post(ownersPage)
                .then().statusCode(400).body(containsString("value=\"钱七\"")).body(containsString("value=\"13900000001\""))
                .extract().asString();
        assertFalse(refused.contains("value=\"123\""), "the identity number is never sent back");
        String estate = page(estatePage(), staff, 200);
        assertFalse(estate.contains("8号801"));
        assertFalse(estate.contains("改名小区"));
        assertEquals(0, data.count("Owner", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void pagesRefuseOutsiders() {
        given().redirects().follow(false).get("/community/" + place.communityId()).then().statusCode(303)
                .header("Location", containsString("/login"));
        page("/community/" + place.communityId(), data.otherStaff(), 403);
        page(estatePage(), data.otherStaff(), 403);
        page(estatePage() + "/roster", data.supervisor(place), 403);
        page(estatePage(), data.resident(place), 403);
        String other = data.otherStaff();
        Forms.post("/community", other).formParam("name", "x").post(estatePage() + "/buildings").then().statusCode(403);
        assertEquals(0, data.count("Building", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void templateDownloads() {
        given().cookie("sl_token", staff).get("/community/roster-template.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("楼栋,房号,面积"));
    }

    private static void assertContains(String body, String text) {
        if (!body.contains(text)) {
            throw new AssertionError("expected page to contain " + text);
        }
    }
}
