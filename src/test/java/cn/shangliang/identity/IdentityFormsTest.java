package cn.shangliang.identity;

import cn.shangliang.common.security.Role;
import cn.shangliang.common.web.Ui;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forms around logging in on the form pipeline (issue 9): a refused form comes back with what was typed,
 * each error beside its field, never a password; nothing is written.
 */
@QuarkusTest
class IdentityFormsTest {

    private static final String TYPED_SECRET = "Typed-Secret-4711";

    @Inject
    Fixtures fixtures;

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
}
