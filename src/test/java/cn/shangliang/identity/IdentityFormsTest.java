package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.Ui;
import cn.shangliang.community.Resident;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import cn.shangliang.testsupport.TestWorld;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The forms around logging in on the form pipeline (issue 9): a refused form comes back with what was typed,
 * each error beside its field, never a password; nothing is written.
 */
@QuarkusTest
class IdentityFormsTest {

    private static final String TYPED_SECRET = "Typed-Secret-4711";

    @Inject
    Fixtures fixtures;

    @Inject
    TestWorld world;

    @Test
    void aLoginWithoutPasswordKeepsTheLoginOnly() {
        Forms.post("/login", null).formParam("login", "typed-login").formParam("password", "")
                .post("/login").then().statusCode(400)
                .body(containsString("value=\"typed-login\""));
        Forms.post("/login", null).formParam("login", "typed-login").formParam("password", TYPED_SECRET)
                .post("/login").then().statusCode(401)
                .body(containsString("value=\"typed-login\""))
                .body(not(containsString(TYPED_SECRET)));
    }

    @Test
    void anUnknownActivationCodeKeepsTheCodeNotThePassword() {
        Forms.post("/activate", null).cookie(Ui.LANG_COOKIE, "en").formParam("code", "ABCD-EFGH-JKLM")
                .formParam("password", TYPED_SECRET).formParam("confirm", TYPED_SECRET)
                .post("/activate").then().statusCode(400)
                .body(containsString("value=\"ABCD-EFGH-JKLM\""))
                .body(containsString("id=\"code-error\""))
                .body(not(containsString(TYPED_SECRET)))
                .body(not(containsString("出错了")));
    }

    @Test
    void aSignUpWithMistakesKeepsWhatWasTypedButThePasswords() {
        long before = ResidentSignup.count();
        Forms.post("/signup", null).formParam("communityId", "").formParam("name", "表单居民")
                .formParam("phone", "abc").formParam("building", "3栋").formParam("room", "101")
                .formParam("username", "form-resident").formParam("password", TYPED_SECRET)
                .formParam("confirm", TYPED_SECRET + "x")
                .post("/signup").then().statusCode(400)
                .body(containsString("value=\"表单居民\""))
                .body(containsString("value=\"form-resident\""))
                .body(not(containsString(TYPED_SECRET)));
        assertEquals(before, ResidentSignup.count());
    }

    @Test
    void aPasswordChangeWithTheWrongCurrentPasswordChangesNothing() {
        Fixtures.User user = fixtures.user(Role.RESIDENT, Scope.Type.COMMUNITY, 1);
        String hash = Account.<Account>findById(user.accountId()).passwordHash;
        Forms.post("/account", user.token()).formParam("current", "not-the-password")
                .formParam("password", TYPED_SECRET).formParam("confirm", TYPED_SECRET)
                .post("/account/password").then().statusCode(400)
                .body(containsString("id=\"current-error\""))
                .body(not(containsString(TYPED_SECRET)))
                .body(not(containsString("not-the-password")));
        assertEquals(hash, Account.<Account>findById(user.accountId()).passwordHash);
    }

    @Test
    void aNewAccountWithMistakesComesBackAsTypedWithEachErrorBesideItsField() {
        TestWorld.Place place = world.place();
        String staff = world.staff(place.communityId()).token();
        String page = "/accounts?community=" + place.communityId();
        long before = Account.count();
        Forms.post(page, staff).formParam("communityId", place.communityId()).formParam("username", "!x")
                .formParam("displayName", "表单姓名").formParam("phone", "电话号").formParam("role", "")
                .post("/accounts").then().statusCode(400)
                .body(containsString("value=\"!x\""))
                .body(containsString("value=\"表单姓名\""))
                .body(containsString("value=\"电话号\""))
                .body(containsString("id=\"new-username-error\""))
                .body(containsString("id=\"new-phone-error\""))
                .body(containsString("id=\"new-role-error\""))
                .body(containsString("电话格式有误"))
                .body(containsString("请选择角色"));
        Forms.post(page, staff).cookie(Ui.LANG_COOKIE, "en").formParam("communityId", place.communityId())
                .formParam("username", "typed-name").formParam("displayName", " ").formParam("phone", "abc")
                .formParam("role", Role.COUNCIL_MEMBER.name())
                .post("/accounts").then().statusCode(400)
                .body(containsString("value=\"typed-name\""))
                .body(containsString("value=\"abc\""))
                .body(containsString("value=\"COUNCIL_MEMBER\" selected"))
                .body(containsString("id=\"new-displayName-error\""))
                .body(containsString("This phone number is not valid"))
                .body(not(containsString("电话格式有误")))
                .body(not(containsString("出错了")));
        Forms.post(page, staff).cookie(Ui.LANG_COOKIE, "en").formParam("communityId", place.communityId())
                .formParam("username", "typed-name").formParam("displayName", "Typed").formParam("role", "NOBODY")
                .post("/accounts").then().statusCode(400)
                .body(containsString("value=\"Typed\""))
                .body(containsString("id=\"new-role-error\""))
                .body(containsString("Not a valid option"));
        assertEquals(before, Account.count());
    }

    @Test
    void aResidentsUsernameThatIsWrongComesBackBesideItsRowAndTheSlipFollowsARightOne() {
        TestWorld.Place place = world.place();
        String staff = world.staff(place.communityId()).token();
        String page = "/accounts?community=" + place.communityId();
        long resident = QuarkusTransaction.requiringNew().call(() -> {
            Resident r = new Resident();
            r.communityId = place.communityId();
            r.name = "待开户居民";
            r.persist();
            return r.id;
        });
        long before = Account.count();
        Forms.post(page, staff).formParam("communityId", place.communityId()).formParam("username", "!bad")
                .post("/accounts/residents/" + resident).then().statusCode(400)
                .body(containsString("value=\"!bad\""))
                .body(containsString("id=\"reg-" + resident + "-error\""))
                .body(containsString("用户名须为 3–60 位字母"));
        Forms.post(page, staff).cookie(Ui.LANG_COOKIE, "en").formParam("communityId", place.communityId())
                .formParam("username", "ab")
                .post("/accounts/residents/" + resident).then().statusCode(400)
                .body(containsString("value=\"ab\""))
                .body(containsString("A username has 3 to 60 letters"))
                .body(not(containsString("用户名须为")));
        assertEquals(before, Account.count());
        assertNull(accountOf(resident));
        Forms.post(page, staff).formParam("communityId", place.communityId())
                .formParam("username", "reg-" + resident)
                .post("/accounts/residents/" + resident).then().statusCode(200)
                .body(containsString("账号激活单"));
        assertNotNull(accountOf(resident));
    }

    @Test
    void aGrantWithoutRoleComesBackWithTheCommunityChosenAndAGrantHeldAlreadyIsAConflict() {
        TestWorld.Place place = world.place();
        String staff = world.staff(place.communityId()).token();
        long account = world.resident(place.communityId()).accountId();
        String page = "/accounts/" + account;
        long grants = RoleGrant.count("accountId", account);
        Forms.post(page, staff).formParam("role", "").formParam("communityId", place.communityId())
                .post(page + "/grants").then().statusCode(400)
                .body(containsString("id=\"grant-role-error\""))
                .body(containsString("请选择角色"))
                .body(containsString("value=\"" + place.communityId() + "\" selected"));
        Forms.post(page, staff).cookie(Ui.LANG_COOKIE, "en").formParam("role", "NOBODY")
                .formParam("communityId", "abc")
                .post(page + "/grants").then().statusCode(400)
                .body(containsString("id=\"grant-role-error\""))
                .body(containsString("id=\"grant-community-error\""))
                .body(containsString("Not a valid option"))
                .body(containsString("Enter a number"))
                .body(not(containsString("选项无效")));
        assertEquals(grants, RoleGrant.count("accountId", account));
        Forms.post(page, staff).formParam("role", Role.COUNCIL_MEMBER.name())
                .formParam("communityId", place.communityId())
                .post(page + "/grants").then().statusCode(303);
        assertEquals(grants + 1, RoleGrant.count("accountId", account));
        Forms.post(page, staff).formParam("role", Role.COUNCIL_MEMBER.name())
                .formParam("communityId", place.communityId())
                .post(page + "/grants").then().statusCode(409)
                .body(containsString("该账号已有此角色"));
    }

    @Test
    void aRejectionWithoutReasonComesBackBesideItsSignUpAndTheSignUpStaysPending() {
        TestWorld.Place place = world.place();
        String staff = world.staff(place.communityId()).token();
        String username = "pending-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("communityId", place.communityId(), "name", "表单待审",
                        "phone", "136" + (System.nanoTime() % 100_000_000L + 100_000_000L), "building", "2栋",
                        "room", "301", "username", username, "password", TYPED_SECRET, "confirm", TYPED_SECRET))
                .post("/api/signup").then().statusCode(201);
        long signup = given().auth().oauth2(staff).get("/api/communities/" + place.communityId() + "/signups")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.name == '表单待审' }.id");
        String page = "/accounts/signups?community=" + place.communityId();
        Forms.post(page, staff).formParam("community", place.communityId()).formParam("reason", " ")
                .post("/accounts/signups/" + signup + "/reject").then().statusCode(400)
                .body(containsString("id=\"reason-" + signup + "-error\""))
                .body(containsString("不能为空"));
        Forms.post(page, staff).cookie(Ui.LANG_COOKIE, "en").formParam("community", place.communityId())
                .formParam("residentId", "abc")
                .post("/accounts/signups/" + signup + "/approve").then().statusCode(400)
                .body(containsString("id=\"resident-" + signup + "-error\""))
                .body(containsString("Enter a number"))
                .body(not(containsString("请填写数字")));
        assertEquals(ResidentSignup.Status.PENDING, QuarkusTransaction.requiringNew()
                .call(() -> ResidentSignup.<ResidentSignup>findById(signup).status));
        Forms.post(page, staff).formParam("community", place.communityId()).formParam("reason", "查无此人")
                .post("/accounts/signups/" + signup + "/reject").then().statusCode(303);
    }

    /** The resident's account as stored now (a fresh read, not an entity the test saw before). */
    private static Long accountOf(long resident) {
        return QuarkusTransaction.requiringNew().call(() -> Resident.<Resident>findById(resident).accountId);
    }
}
