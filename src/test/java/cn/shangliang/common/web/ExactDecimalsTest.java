package cn.shangliang.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 18: exact decimals are strings in plain notation across the API, and the OpenAPI schema says so. */
@QuarkusTest
class ExactDecimalsTest {

    @Inject
    ObjectMapper json;

    @Test
    void decimalsAreWrittenAsPlainStringsAndReadFromEither() throws Exception {
        assertEquals("{\"a\":\"410.75\",\"b\":\"1000\"}", json.writeValueAsString(
                new java.util.TreeMap<>(Map.of("a", new BigDecimal("410.75"), "b", new BigDecimal("1E+3")))));
        record Area(BigDecimal areaM2) {
        }
        assertEquals(new BigDecimal("88.50"), json.readValue("{\"areaM2\":\"88.50\"}", Area.class).areaM2());
        assertEquals(new BigDecimal("88.50"), json.readValue("{\"areaM2\":88.50}", Area.class).areaM2());
    }

    @Test
    void theOpenApiSchemaDocumentsThemAsStrings() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Totals.properties.totalArea.type", equalTo("string"));
    }
}
