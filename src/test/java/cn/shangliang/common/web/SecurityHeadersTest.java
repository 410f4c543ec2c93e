package cn.shangliang.common.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesCarryAStrictPolicyWithoutInlineScript() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void apiAnswersCarryNosniffToo() {
        given().get("/api/auth/me").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void textIsCompressedWhenTheBrowserAsks() {
        given().header("Accept-Encoding", "gzip").get("/").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void theStylesheetIsLinkedUnderAContentVersion() {
        Response page = given().get("/");
        Matcher link = Pattern.compile("href=\"(/css/app\\.css\\?v=[0-9a-f]{12})\"").matcher(page.asString());
        assertTrue(link.find(), "the layout links a versioned stylesheet");
        given().get(link.group(1)).then().statusCode(200).body(containsString("{"));
    }
}
