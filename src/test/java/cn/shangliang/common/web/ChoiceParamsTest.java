package cn.shangliang.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Every GET filter reads its choices one way: empty is "any", a value that is no choice is a 400 naming it. */
@QuarkusTest
class ChoiceParamsTest {

    @Test
    void aChoiceThatIsNoneIsRefusedByNameInTheVisitorsLanguage() {
        given().get("/api/proposals?status=NOPE&category=SAFETY").then().statusCode(400)
                .contentType(containsString("problem+json")).body("errors.field", hasItem("status"))
                .body("errors.message", hasItem("选项无效"));
        given().header("Accept-Language", "en").get("/api/search?q=x&kind=NOPE").then().statusCode(400)
                .body("errors.field", hasItem("kind")).body("errors.message", hasItem("Not a valid option"));
        given().get("/api/notices?category=NOPE").then().statusCode(400).body("errors.field", hasItem("category"));
        given().cookie("sl_lang", "en").get("/search?q=x&kind=NOPE").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("Not a valid option"), not(containsString("选项")));
        given().get("/notices?category=NOPE").then().statusCode(400).body(containsString("选项无效"));
    }

    @Test
    void anEmptyChoiceMeansAny() {
        given().get("/api/proposals?status=&category=").then().statusCode(200);
        given().get("/api/search?q=x&kind=").then().statusCode(200);
        given().get("/proposals?status=&category=&q=").then().statusCode(200);
        given().get("/api/proposals?status=SUBMITTED").then().statusCode(200).body("page", equalTo(0));
    }
}
