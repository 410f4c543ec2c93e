package cn.shangliang.identity;

import cn.shangliang.testsupport.EmptyDatabaseProfile;
import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same first minutes through the pages, in both languages: setup (refusals keep what was typed), a staff
 * account's slip and activation, a resident's sign-up and its approval by staff.
 */
@QuarkusTest
@TestProfile(FirstRunPagesTest.EmptyDatabase.class)
class FirstRunPagesTest {

    static final String DATA = "target/first-run-pages";
    private static final Pattern CODE = Pattern.compile("activation-code\">([A-Z0-9-]{14})<");

    public static class EmptyDatabase extends EmptyDatabaseProfile {
        public EmptyDatabase() {
            super(DATA);
        }
    }

    @Test
    void setupSlipActivationSignupAndApprovalThroughThePages() throws IOException {
        String token = FirstRunApiTest.setupToken(DATA);
        given().cookie("sl_lang", "en").get("/setup").then().statusCode(200)
                .body(containsString("First-run setup")).body(not(containsString("初始设置")));
        Forms.post("/setup", null).formParam("token", "wrong").formParam("subdistrict", "页面街道")
                .formParam("username", "page-admin").formParam("displayName", "管理员")
                .formParam("password", "Jiedao-Yemian-26").formParam("confirm", "Jiedao-Yemian-26")
                .post("/setup").then().statusCode(403).body(containsString("页面街道"))
                .body(containsString("设置令牌不正确"));
        Forms.post("/setup", null).formParam("token", token).formParam("subdistrict", "页面街道")
                .formParam("username", "page-admin").formParam("displayName", "管理员")
                .formParam("password", "short").formParam("confirm", "short")
                .post("/setup").then().statusCode(400).body(containsString("密码至少 10 位"))
                .body(containsString("page-admin"));
        Forms.post("/setup", null).formParam("token", token).formParam("subdistrict", "页面街道")
                .formParam("username", "page-admin").formParam("displayName", "管理员")
                .formParam("password", "Jiedao-Yemian-26").formParam("confirm", "Jiedao-Yemian-26")
                .post("/setup").then().statusCode(303).header("Location", containsString("/login"));
        given().get("/setup").then().statusCode(404);

        String admin = FirstRunApiTest.login("page-admin", "Jiedao-Yemian-26");
        long subdistrict = given().auth().oauth2(admin).get("/api/community/subdistricts").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long community = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "页面社区"))
                .post("/api/community/subdistricts/" + subdistrict + "/communities").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        String slip = Forms.post("/accounts", admin).formParam("communityId", community)
                .formParam("username", "page-staff").formParam("displayName", "页面工作人员")
                .formParam("role", Role.COMMUNITY_STAFF.name()).post("/accounts").then().statusCode(200)
                .body(containsString("账号激活单")).extract().asString();
        Matcher m = CODE.matcher(slip);
        assertTrue(m.find(), "the slip shows the code");
        Forms.post("/accounts", admin).formParam("communityId", community)
                .formParam("username", "page-staff").formParam("displayName", "重名")
                .formParam("role", Role.COMMUNITY_STAFF.name()).post("/accounts").then().statusCode(400)
                .body(containsString("该用户名已被使用")).body(containsString("重名"));
        Forms.post("/activate", null).formParam("code", m.group(1)).formParam("password", "Gongzuo-Yemian-26")
                .formParam("confirm", "Gongzuo-Yemian-26").post("/activate").then().statusCode(303);
        String staff = FirstRunApiTest.login("page-staff", "Gongzuo-Yemian-26");
        given().cookie("sl_token", staff).get("/accounts").then().statusCode(200)
                .body(containsString("页面工作人员"));

        given().cookie("sl_lang", "en").get("/signup").then().statusCode(200).body(containsString("Resident sign-up"))
                .body(containsString("页面社区"));
        Forms.post("/signup", null).formParam("communityId", community).formParam("name", "页面居民")
                .formParam("phone", "").formParam("building", "1栋").formParam("room", "101")
                .formParam("username", "page-resident").formParam("password", "Juming-Yemian-26")
                .formParam("confirm", "Juming-Yemian-26").post("/signup").then().statusCode(400)
                .body(containsString("页面居民"));
        Forms.post("/signup", null).formParam("communityId", community).formParam("name", "页面居民")
                .formParam("phone", "13900000002").formParam("building", "1栋").formParam("room", "101")
                .formParam("username", "page-resident").formParam("password", "Juming-Yemian-26")
                .formParam("confirm", "Juming-Yemian-26").post("/signup").then().statusCode(303);
        String resident = FirstRunApiTest.login("page-resident", "Juming-Yemian-26");
        given().cookie("sl_token", resident).get("/account").then().statusCode(200)
                .body(containsString("待工作人员核对"));

        String signups = given().cookie("sl_token", staff).get("/accounts/signups?community=" + community).then()
                .statusCode(200).body(containsString("页面居民")).extract().asString();
        Matcher id = Pattern.compile("/accounts/signups/(\\d+)/approve").matcher(signups);
        assertTrue(id.find());
        Forms.post("/accounts/signups?community=" + community, staff).formParam("community", community)
                .post("/accounts/signups/" + id.group(1) + "/approve").then().statusCode(303);
        given().cookie("sl_token", resident).get("/account").then().statusCode(200)
                .body(containsString("已通过"));
    }
}
