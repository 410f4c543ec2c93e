package cn.shangliang.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The OpenAPI document is the JSON API's: no HTML page, refusals documented as problem JSON. */
@QuarkusTest
class ApiDocsTest {

    @Test
    void onlyApiPathsWithTheirRefusalsAsProblemJson() {
        var doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", aMapWithSize(greaterThan(20)))
                .body("paths.keySet()", everyItem(startsWith("/api/")))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("TemplateInstance")))
                .body("paths.'/api/proposals/{id}/cosign'.post.responses.'409'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/proposals/{id}'.get.responses", hasKey("404"))
                .extract().jsonPath();
        Map<String, Object> budgetReview = doc.getMap("paths.'/api/budget/projects/{id}/review'.post");
        org.junit.jupiter.api.Assertions.assertNotNull(budgetReview.get("summary"), "budget actions have a summary");
    }
}
