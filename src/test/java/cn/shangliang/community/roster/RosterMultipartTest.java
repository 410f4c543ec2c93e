package cn.shangliang.community.roster;

import cn.shangliang.community.StaffInAPlace;
import cn.shangliang.community.RosterUploads;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.shangliang.community.roster.Rosters.HEADER_ZH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18: the roster import docs promise a multipart field {@code file}; API clients with a Bearer token send it
 * without any CSRF token, while a multipart post riding on the login cookie still needs the page's token.
 */
@QuarkusTest
class RosterMultipartTest extends StaffInAPlace {

    private String api() {
        return "/api/community/estates/" + place.estateId() + "/roster";
    }

    @Test
    void aBearerClientUploadsTheFileAsMultipartFieldFileWithoutACsrfToken() {
        given().auth().oauth2(staff).multiPart("file", "r.csv", Rosters.csv(HEADER_ZH, RosterImportApiTest.FIVE_UNITS), "text/csv")
                .post(api()).then().statusCode(200).body("rows", equalTo(5)).body("unitsCreated", equalTo(5));
        assertEquals(5, data.count("Unit", "x.estateId = ?1", place.estateId()));
        assertEquals(1, data.auditCount("community.roster-import", String.valueOf(place.estateId())));
    }

    @Test
    void anXlsxSheetIsChosenByTheSheetFieldOrTheQueryParameter() {
        byte[] xlsx = Rosters.xlsx(HEADER_ZH, RosterImportApiTest.FIVE_UNITS);
        String type = RosterTemplate.XLSX_TYPE;
        given().auth().oauth2(staff).multiPart("file", "r.xlsx", xlsx, type).multiPart("sheet", "名册")
                .post(api()).then().statusCode(400).body(containsString("花名册"));
        given().auth().oauth2(staff).multiPart("file", "r.xlsx", xlsx, type).queryParam("sheet", "花名册")
                .post(api()).then().statusCode(200).body("rows", equalTo(5));
    }

    @Test
    void theLoginCookieWithoutThePageTokenIsRefusedAndWithItAccepted() {
        byte[] file = Rosters.csv(HEADER_ZH, RosterImportApiTest.FIVE_UNITS);
        // a page of another site could make the browser send this: the cookie alone is no authority
        given().cookie("sl_token", staff).multiPart("file", "r.csv", file, "text/csv")
                .post(api()).then().statusCode(400);
        // a Bearer header does not excuse a request that also rides on the login cookie
        given().cookie("sl_token", staff).auth().oauth2(staff).multiPart("file", "r.csv", file, "text/csv")
                .post(api()).then().statusCode(400);
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
        Forms.Csrf csrf = Forms.csrf("/community/estates/" + place.estateId() + "/roster", staff);
        given().cookie("sl_token", staff).cookie("csrf-token", csrf.cookie()).multiPart("csrf-token", csrf.token())
                .multiPart("file", "r.csv", file, "text/csv").post(api()).then().statusCode(200).body("rows", equalTo(5));
    }

    @Test
    void thePageUploadKeepsItsCsrfProtection() {
        byte[] file = Rosters.csv(HEADER_ZH, RosterImportApiTest.FIVE_UNITS);
        String page = "/community/estates/" + place.estateId() + "/roster";
        given().redirects().follow(false).cookie("sl_token", staff).multiPart("file", "r.csv", file, "text/csv")
                .post(page).then().statusCode(400);
        // a Bearer header on a page post is no exemption either: pages are the browser's
        given().redirects().follow(false).auth().oauth2(staff).multiPart("file", "r.csv", file, "text/csv")
                .post(page).then().statusCode(400);
        String job = RosterUploads.upload(place.estateId(), staff, file);
        assertEquals("DONE", RosterUploads.awaitFinished(RosterUploads.jobId(job), staff).getString("status"));
    }

    @Test
    void badInputIsRefusedInTheVisitorsLanguage() {
        // no file field
        given().auth().oauth2(staff).header("Accept-Language", "en").multiPart("sheet", "1")
                .post(api()).then().statusCode(400).body("detail", containsString("roster file"));
        given().auth().oauth2(staff).multiPart("sheet", "1")
                .post(api()).then().statusCode(400).body("detail", containsString("花名册文件"));
        // a file that is no roster (a PNG's bytes): refused, nothing imported
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        given().auth().oauth2(staff).multiPart("file", "photo.png", png, "image/png")
                .post(api()).then().statusCode(400).contentType(containsString("problem+json"));
        // too large: 413 by its declared length, before it is read
        given().auth().oauth2(staff).header("Accept-Language", "en")
                .multiPart("file", "big.csv", new byte[21 * 1024 * 1024], "text/csv")
                .post(api()).then().statusCode(413).body("detail", containsString("20 MB"));
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
    }

    @Test
    void onlyStaffOfThisCommunityOrTheSubdistrictAdminImportByMultipart() {
        byte[] file = Rosters.csv(HEADER_ZH, RosterImportApiTest.FIVE_UNITS);
        given().multiPart("file", "r.csv", file, "text/csv").post(api()).then().statusCode(401);
        given().auth().oauth2(data.supervisor(place)).multiPart("file", "r.csv", file, "text/csv").post(api()).then().statusCode(403);
        given().auth().oauth2(data.resident(place)).multiPart("file", "r.csv", file, "text/csv").post(api()).then().statusCode(403);
        given().auth().oauth2(data.otherStaff()).multiPart("file", "r.csv", file, "text/csv").post(api()).then().statusCode(403);
        assertEquals(0, data.count("Unit", "x.estateId = ?1", place.estateId()));
    }
}
