package cn.shangliang.attachment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.discussion.OnAProposal;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Uploads of each type through the API, refusals, and who may add and see attachments. */
@QuarkusTest
class AttachmentApiTest extends OnAProposal {

    private ValidatableResponse upload(Fixtures.User user, byte[] bytes, String declared) {
        var spec = given().contentType(declared).body(bytes);
        if (user != null) {
            spec.auth().oauth2(user.token());
        }
        return spec.post("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId() + "&caption=三号楼路灯").then();
    }

    @Test
    void aJpegWithGpsExifIsStoredWithoutItAndServedInlineWithAThumbnail() {
        long id = upload(place.proposer(), TestFiles.jpegWithGps(64, 48, 1), "image/jpeg").statusCode(201)
                .header("Location", containsString("/attachments/")).extract().jsonPath().getLong("id");
        byte[] served = given().get("/attachments/" + id).then().statusCode(200).contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff").header("Content-Disposition", startsWith("inline"))
                .extract().asByteArray();
        assertFalse(TestFiles.contains(served, "Exif"));
        assertFalse(TestFiles.contains(served, "GPSTEST"));
        given().get("/attachments/" + id + "/thumb").then().statusCode(200).contentType("image/jpeg");
        given().get("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId()).then().statusCode(200)
                .body("attachments", hasSize(1)).body("attachments[0].caption", equalTo("三号楼路灯"))
                .body("attachments[0].width", equalTo(64)).body("canAttach", equalTo(false));
    }

    @Test
    void pngWebpAndPdfAreAcceptedAndPdfsAreOnlyEverDownloads() {
        upload(place.proposer(), TestFiles.png(16, 16, true), "image/png").statusCode(201);
        // the 1×1 WebP has an alpha channel, so it is kept as PNG
        upload(place.staff(), TestFiles.WEBP, "application/octet-stream").statusCode(201);
        long pdf = upload(place.proposer(), TestFiles.PDF, "image/jpeg").statusCode(201).extract().jsonPath().getLong("id");
        byte[] served = given().get("/attachments/" + pdf).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"attachment-" + pdf + ".pdf\""))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(TestFiles.PDF, served);
        given().get("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId()).then()
                .body("attachments.mediaType", org.hamcrest.Matchers.contains("image/png", "image/png", "application/pdf"));
    }

    @Test
    void wrongTypesByContentOversizeAndEmptyFilesAreRefusedInTheVisitorsLanguage() {
        upload(place.proposer(), TestFiles.HTML, "image/jpeg").statusCode(400).body("code", equalTo("attachment.type"))
                .body("detail", containsString("text/html"));
        upload(place.proposer(), TestFiles.HEIC, "image/heic").statusCode(400).body("code", equalTo("attachment.heic"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.PDF, 0, big, 0, TestFiles.PDF.length);
        upload(place.proposer(), big, "application/pdf").statusCode(413).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("attachment.too-large")).body("detail", containsString("10 MB"));
        given().auth().oauth2(place.proposer().token()).header("Accept-Language", "en").contentType("application/pdf")
                .body(new byte[0]).post("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId())
                .then().statusCode(400).body("detail", containsString("Choose a file"));
        given().get("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId()).then().body("attachments", hasSize(0));
    }

    @Test
    void onlyTheProposerAndStaffMayAttachAndStrangersAreAskedToLogIn() {
        upload(null, TestFiles.PDF, "application/pdf").statusCode(401);
        upload(place.resident(), TestFiles.PDF, "application/pdf").statusCode(403);
        upload(place.member(), TestFiles.PDF, "application/pdf").statusCode(403);
        upload(place.staff(), TestFiles.PDF, "application/pdf").statusCode(201);
        given().auth().oauth2(place.proposer().token()).contentType("application/pdf").body(TestFiles.PDF)
                .post("/api/attachments?kind=PROPOSAL&subjectId=999999999").then().statusCode(404);
        given().auth().oauth2(place.proposer().token()).get("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId())
                .then().body("canAttach", equalTo(true));
        given().get("/attachments/999999999").then().statusCode(404);
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnceUnderItsHash() {
        byte[] photo = TestFiles.jpeg(20, 20);
        upload(place.proposer(), photo, "image/jpeg").statusCode(201);
        upload(place.proposer(), photo, "image/jpeg").statusCode(201);
        var list = given().get("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId()).then().extract().jsonPath();
        assertTrue(list.getList("attachments").size() == 2);
    }
}
