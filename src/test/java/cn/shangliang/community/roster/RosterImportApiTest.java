package cn.shangliang.community.roster;

import cn.shangliang.community.StaffInAPlace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static cn.shangliang.community.roster.Rosters.HEADER_EN;
import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static cn.shangliang.community.roster.Rosters.person;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RosterImportApiTest extends StaffInAPlace {

    /** The hand-worked example: a person owning 2 units, a co-owned unit, 2 unsold developer units. */
    static final String[] FIVE_UNITS = cn.shangliang.community.RosterFixtures.FIVE_UNITS;

    private Response upload(String token, byte[] file, String name) {
        var spec = given();
        if (token != null) {
            spec.auth().oauth2(token);
        }
        String type = name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8";
        return spec.contentType(type).body(file).post("/api/community/estates/" + place.estateId() + "/roster");
    }

    @Test
    void goodCsvImportsAndTotalsCountHeadsPerTheRules() {
        upload(staff, Rosters.csv(HEADER_ZH, FIVE_UNITS), "r.csv").then().statusCode(200)
                .body("rows", equalTo(5)).body("unitsCreated", equalTo(5)).body("ownersCreated", equalTo(4))
                .body("totals.units", equalTo(5))
                .body("totals.headcount", equalTo(3))
                .body("totals.totalArea", equalTo("410.75"))
                .body("totals.developerUnits", equalTo(2))
                .body("totals.coOwnedUnits", equalTo(1))
                .body("totals.multiUnitOwners", equalTo(1))
                .body("totals.problem", equalTo(null));
        assertEquals(1, data.auditCount("community.roster-import", String.valueOf(place.estateId())));
        given().auth().oauth2(staff).get("/api/community/estates/" + place.estateId() + "/units?building=")
                .then().statusCode(200).body("total", equalTo(5))
                .body("items[2].owners", hasSize(2))
                .body("items[2].owners.find { it.designatedVoter }.name", equalTo("王五"))
                .body("items[0].owners[0].identityMasked", equalTo(person(1).substring(0, 4) + "**********" + person(1).substring(14)));
    }

    @Test
    void goodXlsxImports() {
        upload(staff, Rosters.xlsx(HEADER_ZH, FIVE_UNITS), "r.xlsx").then().statusCode(200)
                .body("unitsCreated", equalTo(5)).body("totals.headcount", equalTo(3));
    }

    @Test
    void reImportIsIdempotentAndUpdatesByBuildingAndNumber() {
        upload(staff, Rosters.csv(HEADER_ZH, FIVE_UNITS), "r.csv").then().statusCode(200);
        upload(staff, Rosters.csv(HEADER_ZH, FIVE_UNITS), "r.csv").then().statusCode(200)
                .body("unitsCreated", equalTo(0)).body("unitsUpdated", equalTo(0)).body("unitsUnchanged", equalTo(5))
                .body("ownersCreated", equalTo(0)).body("ownersUpdated", equalTo(0));
        // 2栋 202 is sold and delivered to 赵六; 1栋 101 gets a corrected area; English headers this time
        upload(staff, Rosters.csv(HEADER_EN,
                "1栋,101,101.00,REGISTERED,张三," + person(1) + ",PERSON,yes,,",
                "2栋,202,90.00,REGISTERED,赵六," + person(6) + ",PERSON,yes,,"), "r.csv").then().statusCode(200)
                .body("unitsCreated", equalTo(0)).body("unitsUpdated", equalTo(2)).body("ownersCreated", equalTo(1))
                .body("totals.units", equalTo(5))
                .body("totals.headcount", equalTo(4))
                .body("totals.totalArea", equalTo("411.75"))
                .body("totals.developerUnits", equalTo(1));
        assertEquals(5, data.count("Unit", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void soldButUndeliveredUnitsCountForTheDeveloper() {
        upload(staff, Rosters.csv(HEADER_ZH, FIVE_UNITS[0], FIVE_UNITS[3],
                "3栋,301,70.00,登记,孙七," + person(7) + ",个人,否,,"), "r.csv").then().statusCode(200)
                .body("totals.headcount", equalTo(2)).body("totals.developerUnits", equalTo(2));
    }

    @Test
    void undeliveredUnitWithoutDeveloperIsABadRow() {
        upload(staff, Rosters.csv(HEADER_ZH, FIVE_UNITS[0], "3栋,301,70.00,登记,孙七," + person(7) + ",个人,否,,"),
                "r.csv").then().statusCode(400).body("errors[0].field", equalTo("line 3"))
                .body("errors[0].message", containsString("建设单位"));
    }

    @Test
    void anyBadRowRefusesTheWholeFileListingEveryBadLine() {
        upload(staff, Rosters.csv(HEADER_ZH, FIVE_UNITS[0], "1栋,102,abc,登记,李四," + person(2) + ",个人,是,,",
                FIVE_UNITS[2], "1栋,104,60,登记,," + person(4) + ",个人,是,,",
                "1栋,105,60,登记,丁," + Rosters.badCheck(person(5)) + ",个人,是,,"), "r.csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("roster-invalid"))
                .body("errors.field", equalTo(java.util.List.of("line 3", "line 5", "line 6")))
                .body(not(containsString(person(5).substring(0, 17))));
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(0, data.count("Owner", "x.estateId = ?1", place.estateId()));
        assertEquals(0, data.auditCount("community.roster-import", String.valueOf(place.estateId())));
    }

    @Test
    void emptyOrMissingFileIs400() {
        upload(staff, new byte[0], "r.csv").then().statusCode(400).body("errors[0].message", equalTo("文件为空"));
        given().auth().oauth2(staff).contentType("application/json").body("{}")
                .post("/api/community/estates/" + place.estateId() + "/roster").then().statusCode(415);
    }

    @Test
    void onlyStaffOfThisCommunityOrTheSubdistrictAdminImport() {
        byte[] file = Rosters.csv(HEADER_ZH, FIVE_UNITS);
        upload(null, file, "r.csv").then().statusCode(401);
        upload(data.supervisor(place), file, "r.csv").then().statusCode(403);
        upload(data.resident(place), file, "r.csv").then().statusCode(403);
        upload(data.otherStaff(), file, "r.csv").then().statusCode(403);
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
        upload(data.admin(place), file, "r.csv").then().statusCode(200);
    }

    @Test
    void parallelImportsOfOneEstateRunOneAfterTheOther() throws Exception {
        byte[] file = Rosters.csv(HEADER_ZH, FIVE_UNITS);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = pool.invokeAll(java.util.Collections.nCopies(4,
                    (java.util.concurrent.Callable<Integer>) () -> upload(staff, file, "r.csv").statusCode()));
            for (var r : results) {
                assertEquals(200, r.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(5, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(4, data.count("Owner", "x.estateId = ?1", place.estateId()));
        assertEquals(4, data.auditCount("community.roster-import", String.valueOf(place.estateId())));
    }

    @Test
    void theSheetIsChosenByAQueryParameter() {
        byte[] xlsx = Rosters.xlsx(HEADER_ZH, FIVE_UNITS);
        given().auth().oauth2(staff).contentType(RosterTemplate.XLSX_TYPE).body(xlsx).queryParam("sheet", "花名册")
                .post("/api/community/estates/" + place.estateId() + "/roster")
                .then().statusCode(200).body("rows", equalTo(5));
        given().auth().oauth2(staff).contentType(RosterTemplate.XLSX_TYPE).body(xlsx).queryParam("sheet", "名册")
                .post("/api/community/estates/" + place.estateId() + "/roster")
                .then().statusCode(400).body(containsString("花名册"));
    }

    @Test
    void templatesDownloadWhateverTheClientAccepts() {
        given().auth().oauth2(staff).accept("application/json").get("/api/community/roster-template.csv")
                .then().statusCode(200).contentType(containsString("text/csv"));
        byte[] xlsx = given().auth().oauth2(staff).accept("application/json").get("/api/community/roster-template.xlsx")
                .then().statusCode(200).header("Content-Disposition", containsString("roster-template.xlsx"))
                .extract().asByteArray();
        upload(staff, xlsx, "t.xlsx").then().statusCode(200).body("rows", equalTo(3));
    }

    @Test
    void templateIsAValidRoster() {
        byte[] template = given().auth().oauth2(staff).get("/api/community/roster-template.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("roster-template.csv")).extract().asByteArray();
        upload(staff, template, "t.csv").then().statusCode(200).body("rows", equalTo(3))
                .body("totals.headcount", equalTo(3));
    }
}
