package cn.shangliang.hearing;

import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.IcsCheck;
import cn.shangliang.testsupport.PdfFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hearing's record and representatives as files: content read back, formulas neutralised, who may download. */
@QuarkusTest
class HearingExportsTest {

    @Inject
    HearingFixtures fx;

    @Test
    void theRecordReadsBackInOrderWithFormulasNeutralised() {
        HearingFlow flow = fx.flow().spoken();
        flow.statement(Map.of("stage", "QUESTIONS_AND_DEBATE", "speaker", "=cmd|'/c calc'!A1", "position", "AGAINST",
                "content", "+1 反对"));
        List<List<XCell>> rows = ExportFiles.xlsx(given().get("/exports/hearing-record/" + flow.id)
                .then().statusCode(200).extract().asByteArray());
        assertEquals("序号", rows.get(0).get(0).text());
        assertEquals(5, rows.size());
        assertEquals("介绍草案。", rows.get(1).get(4).text());
        assertTrue(rows.get(1).get(0).number());
        assertEquals("'=cmd|'/c calc'!A1", rows.get(4).get(2).text());
        assertEquals("'+1 反对", rows.get(4).get(4).text());

        List<CSVRecord> csv = ExportFiles.csv(given().cookie("sl_lang", "en").get("/exports/hearing-record/" + flow.id + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals("No.", csv.get(0).get(0));
        assertTrue(csv.get(1).get(1).matches("[ -~]+"), "stage label in English: " + csv.get(1).get(1));
    }

    @Test
    void representativesWithPresence() {
        HearingFlow flow = fx.flow().inSession();
        List<CSVRecord> csv = ExportFiles.csv(given().get("/exports/hearing-participants/" + flow.id + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(flow.selectedIds().size() + 1, csv.size());
        assertTrue(csv.stream().skip(1).allMatch(r -> r.get(3).equals("是")), "everyone selected was present");
        assertTrue(csv.stream().skip(1).allMatch(r -> r.get(1).startsWith("居民")));
    }

    @Test
    void recordAndReportAsA4Pdfs() {
        HearingFlow flow = fx.flow().reported();
        PdfFiles.Read record = PdfFiles.read(given().get("/documents/hearing-record/" + flow.id + ".pdf").then().statusCode(200)
                .extract().asByteArray());
        String text = record.text().replaceAll("\\s+", "");
        assertTrue(record.allA4());
        assertTrue(text.contains("幸福路加装电梯方案听证笔录"), text);
        assertTrue(text.contains("赞成，老人上下楼太难。"), text);
        assertTrue(text.contains("居民委员会"), text);
        PdfFiles.Read report = PdfFiles.read(given().get("/documents/hearing-report/" + flow.id + ".pdf").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(report.text().replaceAll("\\s+", "").contains("未采纳免除一楼费用的意见"), report.text());
        given().get("/hearings/" + flow.id + "/record").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/documents/hearing-record/" + flow.id + ".pdf"))
                .body(org.hamcrest.Matchers.containsString("class=\"chart\""));
        given().get("/hearings/" + flow.id + "/report").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/documents/hearing-report/" + flow.id + ".pdf"));
        assertEquals(2, IcsCheck.events(given().get("/calendar/hearing/" + flow.id + ".ics").then().statusCode(200).extract().asString()).size());
        given().get("/documents/hearing-report/" + fx.flow().draft().id + ".pdf").then().statusCode(404);
    }

    @Test
    void representativesCheckInByQrCodeOnTheHearingDay() {
        HearingFlow flow = fx.flow().fixed();
        fx.travelTo(flow.hearingDay());
        String page = given().cookie("sl_token", flow.staff.token()).get("/hearings/" + flow.id + "/session").then().statusCode(200)
                .extract().asString();
        java.util.regex.Matcher qr = java.util.regex.Pattern.compile("aria-label=\"QR [^\"]*(/hearings/" + flow.id
                + "/check-in/qr\\?t=([^\"]+))\"").matcher(page);
        assertTrue(qr.find(), "staff show the check-in QR code");
        Fixtures.User rep = flow.representatives().get(0);
        cn.shangliang.testsupport.Forms.post(qr.group(1), rep.token()).formParam("t", qr.group(2))
                .post("/hearings/" + flow.id + "/check-in/qr").then().statusCode(303);
        assertEquals(1, HearingFlow.as(flow.staff).get("/api/hearings/" + flow.id + "/record").then().extract().jsonPath().getInt("present"));
        cn.shangliang.testsupport.Forms.post(qr.group(1), fx.resident(flow.communityId).token()).formParam("t", qr.group(2))
                .post("/hearings/" + flow.id + "/check-in/qr").then().statusCode(403);
    }

    @Test
    void aForgedOrMissingQrTokenShowsTheCheckInPageAgainAndChecksNobodyIn() {
        HearingFlow flow = fx.flow().fixed();
        fx.travelTo(flow.hearingDay());
        String path = "/hearings/" + flow.id + "/check-in/qr";
        Fixtures.User rep = flow.representatives().get(0);
        cn.shangliang.testsupport.Forms.post(path + "?t=", rep.token()).formParam("t", "")
                .post(path).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("id=\"t-error\""))
                .body(org.hamcrest.Matchers.containsString("签到二维码已过期或无效"));
        cn.shangliang.testsupport.Forms.post(path + "?t=", rep.token()).cookie("sl_lang", "en")
                .formParam("t", "hearing-" + flow.id + ".1.forged").post(path).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("value=\"hearing-" + flow.id + ".1.forged\""))
                .body(org.hamcrest.Matchers.containsString("The check-in QR code has expired or is not valid"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("签到二维码")));
        assertEquals(0, HearingFlow.as(flow.staff).get("/api/hearings/" + flow.id + "/record").then().extract().jsonPath().getInt("present"));
    }

    @Test
    void theRecordIsPublicOnlyOnceParticipantsAreFixed() {
        HearingFlow flow = fx.flow().draft();
        given().get("/exports/hearing-record/" + flow.id).then().statusCode(404);
        given().auth().oauth2(fx.resident(flow.communityId).token()).get("/exports/hearing-participants/" + flow.id)
                .then().statusCode(404);
        given().auth().oauth2(flow.staff.token()).get("/exports/hearing-record/" + flow.id).then().statusCode(404);
        given().get("/exports/hearing-record/999999999").then().statusCode(404);
    }
}
