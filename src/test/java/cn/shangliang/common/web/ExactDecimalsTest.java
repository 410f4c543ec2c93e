package cn.shangliang.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.restassured.RestAssured.given;
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
        io.restassured.path.json.JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> area = doc.getMap("components.schemas.Totals.properties.totalArea");
        Object ref = area.get("$ref");
        Map<String, Object> schemas = doc.getMap("components.schemas");
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = ref == null ? area
                : (Map<String, Object>) schemas.get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1));
        org.junit.jupiter.api.Assertions.assertNotNull(schema, "totalArea: " + area + ", schemas: " + schemas.keySet());
        assertEquals("string", schema.get("type"), "totalArea: " + area + " -> " + schema);
    }
}
