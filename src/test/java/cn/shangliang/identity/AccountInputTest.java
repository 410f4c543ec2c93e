package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The account forms' input (issue 9): the request records' constraints and the services' rules that need the
 * database or the account are named together, field by field, in the visitor's language; nothing is written.
 */
@QuarkusTest
class AccountInputTest {

    private static final String PASSWORD = "Zhanghu-Mima-2026";
    private static final String HAN = "(?s).*\\p{IsHan}.*";

    @Inject
    TestWorld world;

    @Test
    void aNewAccountNamesEveryWrongFieldAtOnce() {
        TestWorld.Place place = world.place();
        Fixtures.User staff = world.staff(place.communityId());
        long before = Account.count();
        as(staff).body(Map.of("username", "!x", "displayName", " ", "phone", "电话", "communityId",
                        place.communityId()))
                .post("/api/accounts").then().statusCode(400).body("code", equalTo("invalid-input"))
                .body("errors.field", hasItems("username", "displayName", "phone", "role"))
                .body("errors.message", hasItems("用户名须为 3–60 位字母、数字、点、横线或下划线，以字母或数字开头",
                        "不能为空", "电话格式有误", "请选择角色"));
        as(staff).header("Accept-Language", "en").body(Map.of("username", "x".repeat(61), "displayName", "A",
                        "role", "RESIDENT", "communityId", place.communityId()))
                .post("/api/accounts").then().statusCode(400)
                .body("errors.field", hasItem("username"))
                .body("errors.message", everyItem(not(matchesPattern(HAN))));
        assertEquals(before, Account.count());
    }

    @Test
    void aTakenUsernameAndPhoneAreNamedBesideTheFormatsAndOptionalFieldsMayStayEmpty() {
        TestWorld.Place place = world.place();
        Fixtures.User staff = world.staff(place.communityId());
        String phone = "139" + (System.nanoTime() % 100_000_000L + 100_000_000L);
        Map<String, Object> account = new HashMap<>(Map.of("username", "  taken-" + phone + "  ",
                "displayName", "先来的人", "phone", phone, "role", "RESIDENT", "communityId", place.communityId()));
        as(staff).body(account).post("/api/accounts").then().statusCode(201)
                .body("username", equalTo("taken-" + phone));
        account.put("username", "TAKEN-" + phone);
        account.put("displayName", "");
        as(staff).body(account).post("/api/accounts").then().statusCode(400)
                .body("errors.field", hasItems("username", "phone", "displayName"))
                .body("errors.message", hasItems("该用户名已被使用", "该手机号已绑定其他账号（一人一号）"));
        account.put("username", "no-phone-" + phone);
        account.put("displayName", "没填电话的人");
        account.put("phone", " ");
        as(staff).body(account).post("/api/accounts").then().statusCode(201);
    }

    @Test
    void aGrantWithoutRoleAndARejectionWithoutReasonAreRefusedByField() {
        TestWorld.Place place = world.place();
        Fixtures.User staff = world.staff(place.communityId());
        Fixtures.User resident = world.resident(place.communityId());
        as(staff).body(Map.of("communityId", place.communityId()))
                .post("/api/accounts/" + resident.accountId() + "/grants").then().statusCode(400)
                .body("errors.field", hasItem("role")).body("errors.message", hasItem("请选择角色"));

        String username = "rejected-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("communityId", place.communityId(), "name", "待审居民",
                        "phone", "137" + (System.nanoTime() % 100_000_000L + 100_000_000L), "building", "3栋",
                        "room", "402", "username", username, "password", PASSWORD, "confirm", PASSWORD))
                .post("/api/signup").then().statusCode(201);
        long signup = as(staff).get("/api/communities/" + place.communityId() + "/signups").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.name == '待审居民' }.id");
        as(staff).body(Map.of("reason", "  ")).post("/api/signups/" + signup + "/reject").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")))
                .body("errors.message", hasItem("不能为空"));
        as(staff).body(Map.of("reason", " 查无此人 ")).post("/api/signups/" + signup + "/reject").then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("查无此人"));
    }

    @Test
    void activationNamesAMissingOrUnknownCodeBeforeThePassword() {
        given().contentType(ContentType.JSON).body(Map.of("password", "short", "confirm", "short"))
                .post("/api/accounts/activate").then().statusCode(400)
                .body("errors.field", equalTo(List.of("code")));
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("code", "ABCD-EFGH-JKLM", "password", "short", "confirm", "short"))
                .post("/api/accounts/activate").then().statusCode(400)
                .body("errors.field", equalTo(List.of("code")))
                .body("errors.message", everyItem(not(matchesPattern(HAN))));
    }

    @Test
    void aPasswordChangeNamesTheWrongCurrentPasswordTheRulesAndTheConfirmationTogether() {
        Fixtures.User user = world.resident(world.place().communityId());
        String hash = Account.<Account>findById(user.accountId()).passwordHash;
        as(user).body(Map.of("current", "not-it", "password", "short", "confirm", "other"))
                .post("/api/accounts/me/password").then().statusCode(400)
                .body("errors.field", hasItems("current", "password", "confirm"))
                .body("errors.message", hasItems("当前密码不正确", "密码至少 10 位", "两次输入的密码不一致"));
        as(user).body(Map.of("current", Fixtures.PASSWORD, "password", Fixtures.PASSWORD, "confirm",
                        Fixtures.PASSWORD))
                .post("/api/accounts/me/password").then().statusCode(400)
                .body("errors.field", equalTo(List.of("password")))
                .body("errors.message", hasItem("新密码不能与当前密码相同"));
        assertEquals(hash, Account.<Account>findById(user.accountId()).passwordHash);
        as(user).body(Map.of("current", Fixtures.PASSWORD, "password", PASSWORD, "confirm", PASSWORD))
                .post("/api/accounts/me/password").then().statusCode(204);
    }

    @Test
    void aSignUpNamesAMissingCommunityAndEveryWrongField() {
        long before = ResidentSignup.count();
        given().contentType(ContentType.JSON).body(Map.of("communityId", 987654321L, "name", "居民",
                        "phone", "12", "building", "", "room", "1".repeat(31), "username", "ok-name",
                        "password", PASSWORD, "confirm", PASSWORD + "x"))
                .post("/api/signup").then().statusCode(400)
                .body("errors.field", hasItems("communityId", "phone", "building", "room", "confirm"))
                .body("errors.message", hasItems("请选择所在社区", "电话格式有误", "不能超过 30 个字"));
        assertEquals(before, ResidentSignup.count());
    }

    private static RequestSpecification as(Fixtures.User user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }
}
