package cn.shangliang.attachment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.shangliang.discussion.OnAProposal;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The plain multipart upload form on an item's page: CSRF token, success, refusals as the form again. */
@QuarkusTest
class AttachmentPagesTest extends OnAProposal {

    /** A text part as a browser sends it: UTF-8 (RestAssured's default would be ISO-8859-1). */
    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).charset("UTF-8").build();
    }

    private RequestSpecification multipart(String token) {
        Forms.Csrf csrf = Forms.csrf(page, token);
        return given().redirects().follow(false).cookie("sl_token", token).cookie("csrf-token", csrf.cookie())
                .multiPart("csrf-token", csrf.token()).multiPart("kind", "PROPOSAL")
                .multiPart("subjectId", String.valueOf(place.proposalId()));
    }

    @Test
    void theProposerUploadsAPhotoFromTheItemsPageAndEveryoneSeesItsThumbnail() {
        given().cookie("sl_token", place.proposer().token()).get(page).then()
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("type=\"file\""));
        multipart(place.proposer().token()).multiPart(text("caption", "坏掉的<路灯>"))
                .multiPart("file", "IMG_0001.HEIC", TestFiles.jpegWithGps(30, 30, 1), "image/heic")
                .post("/attachments").then().statusCode(303).header("Location", containsString(page + "#attachment-"));
        given().get(page).then().statusCode(200).body(containsString("/thumb\""))
                .body(containsString("坏掉的&lt;路灯&gt;"))
                .body(not(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void aWrongFileComesBackAsTheFormWithItsErrorAndAnOversizeOneWith413() {
        multipart(place.proposer().token()).multiPart(text("caption", "报价单"))
                .multiPart("file", "quote.pdf", TestFiles.HTML, "application/pdf")
                .post("/attachments").then().statusCode(400).body(containsString("不支持此类文件"))
                .body(containsString("value=\"报价单\""));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        multipart(place.proposer().token()).cookie("sl_lang", "en").multiPart(text("caption", "quote"))
                .multiPart("file", "big.pdf", big, "application/pdf")
                .post("/attachments").then().statusCode(413).body(containsString("The file is too large: at most 10 MB"))
                .body(containsString("value=\"quote\""));
        multipart(place.resident().token()).multiPart("file", "a.pdf", TestFiles.PDF, "application/pdf")
                .post("/attachments").then().statusCode(403);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).cookie("sl_token", place.proposer().token()).multiPart("kind", "PROPOSAL")
                .multiPart("subjectId", String.valueOf(place.proposalId()))
                .multiPart("file", "a.pdf", TestFiles.PDF, "application/pdf")
                .post("/attachments").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(400), org.hamcrest.Matchers.equalTo(403)));
        given().get("/api/attachments?kind=PROPOSAL&subjectId=" + place.proposalId()).then()
                .body("attachments.size()", org.hamcrest.Matchers.equalTo(0));
    }
}
