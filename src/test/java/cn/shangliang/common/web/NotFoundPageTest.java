package cn.shangliang.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A page nobody has (a mistyped or stale link) answers in the visitor's language, like every other page. */
@QuarkusTest
class NotFoundPageTest {

    @Test
    void anUnknownPageIsEnglishForAnEnglishVisitor() {
        given().cookie(Ui.LANG_COOKIE, "en").get("/council/resolutions/12").then().statusCode(404)
                .body(containsString("lang=\"en\""), not(containsString("出错了")));
    }

    @Test
    void anUnknownPageIsChineseByDefault() {
        given().get("/council/resolutions/12").then().statusCode(404).body(containsString("出错了"));
    }
}
