package cn.shangliang.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class SmokeTest {

    @Test
    void homePageIsChineseByDefault() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("lang=\"zh\""))
                .body(containsString("有事好商量"));
    }

    @Test
    void englishWhenChosen() {
        given().cookie("sl_lang", "en").when().get("/").then().statusCode(200)
                .body(containsString("Talk it over"));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health").then().statusCode(200).body(containsString("UP"));
    }
}
