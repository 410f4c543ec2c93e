package cn.shangliang.council;

import cn.shangliang.testsupport.ExportFiles;
import cn.shangliang.testsupport.ExportFiles.XCell;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import cn.shangliang.testsupport.IcsCheck;
import cn.shangliang.testsupport.MovableClock;
import cn.shangliang.testsupport.PdfFiles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A meeting's attendance and resolutions, and a community's proposals, as files; who may download them. */
@QuarkusTest
class CouncilExportsTest {

    static final String GUEST = "=HYPERLINK(\"http://evil\")";

    @Inject
    CouncilTestData data;

    @Inject
    MovableClock clock;

    CouncilTestData.Board board;
    long meeting;

    void day(int dayOfMonth) {
        clock.set(Instant.parse(String.format("2026-03-%02dT02:00:00Z", dayOfMonth)));
    }

    @BeforeEach
    void meeting() {
        day(1);
        board = data.board(4);
        Fixtures.User chair = board.chair().user();
        meeting = as(chair).body(Map.of("kind", "MONTHLY", "date", "2026-03-05", "time", "19:00", "place", "社区议事厅"))
                .post("/api/councils/" + board.councilId() + "/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
        as(chair).body(Map.of("title", "楼道堆物清理")).post("/api/meetings/" + meeting + "/items").then().statusCode(201);
    }

    /** The agenda published two days before, the meeting opened on its day by the chair. */
    void opened() {
        String m = "/api/meetings/" + meeting;
        day(3);
        as(board.chair().user()).post(m + "/publish").then().statusCode(204);
        day(5);
        as(board.chair().user()).post(m + "/open").then().statusCode(204);
    }

    void heldWithAResolution() {
        String m = "/api/meetings/" + meeting;
        Fixtures.User chair = board.chair().user();
        opened();
        for (int i = 0; i < 3; i++) {
            as(board.staff()).body(Map.of("memberId", board.members().get(i).memberId())).post(m + "/attendance").then().statusCode(201);
        }
        as(board.staff()).body(Map.of("name", GUEST, "affiliation", "街道办")).post(m + "/attendance").then().statusCode(201);
        long item = as(chair).get(m).then().extract().jsonPath().getLong("items[0].id");
        as(chair).body(Map.of("text", "两周内清理楼道堆物", "mode", "SHOW_OF_HANDS", "agree", 2, "oppose", 1, "abstain", 0))
                .post(m + "/items/" + item + "/resolution").then().statusCode(201);
    }

    @Test
    void attendanceListsThosePresentGuestsAndTheAbsent() {
        heldWithAResolution();
        List<List<XCell>> rows = ExportFiles.xlsx(given().get("/exports/meeting-attendance/" + meeting).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of("姓名", "单位或席位", "状态", "签到时间"), rows.get(0).stream().map(XCell::text).toList());
        assertEquals(6, rows.size(), "3 members, a guest, one absent member");
        assertEquals("工作人员代签到", rows.get(1).get(2).text());
        assertEquals("'" + GUEST, rows.get(4).get(0).text(), "a formula-looking guest name stays text");
        assertEquals("列席", rows.get(4).get(2).text());
        assertEquals("成员4", rows.get(5).get(0).text());
        assertEquals("缺席", rows.get(5).get(2).text());
        assertTrue(rows.get(1).get(3).text().startsWith("2026-03-05 10:00"), "China time: " + rows.get(1).get(3).text());
        String page = given().get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        assertTrue(page.contains("出席情况与法定人数") && page.contains("3 / 4 人") && page.contains("法定人数：至少"), page);
    }

    @Test
    void resolutionsCarryTheCountsNotTheNames() {
        heldWithAResolution();
        List<CSVRecord> csv = ExportFiles.csv(given().get("/exports/meeting-resolutions/" + meeting + "?format=csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(2, csv.size());
        CSVRecord r = csv.get(1);
        assertEquals("楼道堆物清理", r.get(1));
        assertEquals("两周内清理楼道堆物", r.get(2));
        assertEquals(List.of("4", "3", "2", "1", "0", "是"), List.of(r.get(3), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8)));
    }

    @Test
    void minutesAsAnA4Pdf() {
        heldWithAResolution();
        String url = "/documents/meeting-minutes/" + meeting + ".pdf";
        PdfFiles.Read pdf = PdfFiles.read(given().get(url).then().statusCode(200).extract().asByteArray());
        String text = pdf.text().replaceAll("\\s+", "");
        assertTrue(pdf.allA4());
        assertTrue(text.contains("测试议事会"), text);
        assertTrue(text.contains("两周内清理楼道堆物"), text);
        assertTrue(text.contains("/meetings/" + meeting + "/minutes"), text);
        String invitation = "/documents/meeting-invitation/" + meeting + ".pdf";
        String printed = PdfFiles.read(given().auth().oauth2(board.staff().token()).get(invitation).then().statusCode(200)
                .extract().asByteArray()).text().replaceAll("\\s+", "");
        assertTrue(printed.contains("会议通知") && printed.contains("楼道堆物清理") && printed.contains("/check-in/qr?t=meeting-" + meeting),
                "the invitation carries the agenda and the check-in address: " + printed);
        given().auth().oauth2(data.resident(board.communityId()).token()).get(invitation).then().statusCode(403);
        given().get(invitation).then().statusCode(403);
    }

    @Test
    void aDraftMeetingIsOnlyForThoseWhoKeepTheRecords() {
        given().get("/documents/meeting-minutes/" + meeting + ".pdf").then().statusCode(404);
        given().auth().oauth2(board.staff().token()).get("/documents/meeting-minutes/" + meeting + ".pdf").then().statusCode(200);
        for (String name : List.of("meeting-attendance", "meeting-resolutions")) {
            String url = "/exports/" + name + "/" + meeting;
            given().get(url).then().statusCode(404);
            given().auth().oauth2(data.resident(board.communityId()).token()).get(url).then().statusCode(404);
            given().auth().oauth2(board.staff().token()).get(url).then().statusCode(200);
            given().auth().oauth2(board.chair().user().token()).get(url).then().statusCode(200);
        }
        given().auth().oauth2(board.staff().token()).get("/exports/meeting-attendance/" + meeting + "?format=pdf")
                .then().statusCode(400);
        given().get("/exports/no-such-export/1").then().statusCode(404);
    }

    @Test
    void membersCheckInByScanningTheChairsQrCode() {
        String m = "/api/meetings/" + meeting;
        Fixtures.User chair = board.chair().user();
        opened();
        String page = given().cookie("sl_token", chair.token()).get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        java.util.regex.Matcher qr = java.util.regex.Pattern.compile("aria-label=\"QR [^\"]*(/meetings/" + meeting
                + "/check-in/qr\\?t=([^\"]+))\"").matcher(page);
        assertTrue(qr.find(), "the chair's page shows the check-in QR code");
        String path = qr.group(1).replace("&amp;", "&");
        String token = qr.group(2);
        Fixtures.User member = board.members().get(1).user();
        Forms.post(path, member.token()).formParam("t", token).post("/meetings/" + meeting + "/check-in/qr")
                .then().statusCode(303);
        as(chair).get(m).then().body("quorum.present", org.hamcrest.Matchers.equalTo(1));
        Forms.post(path, member.token()).formParam("t", token).post("/meetings/" + meeting + "/check-in/qr").then().statusCode(409);
        Fixtures.User outsider = data.resident(board.communityId());
        Forms.post(path, outsider.token()).formParam("t", token).post("/meetings/" + meeting + "/check-in/qr").then().statusCode(403);
        Fixtures.User other = board.members().get(2).user();
        Forms.post(path, other.token()).formParam("t", token + "x").post("/meetings/" + meeting + "/check-in/qr")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("二维码已过期或无效"));
        clock.set(Instant.parse("2026-03-05T02:16:00Z"));
        Forms.post(path, other.token()).formParam("t", token).post("/meetings/" + meeting + "/check-in/qr").then().statusCode(400);
        as(board.staff()).body(Map.of("memberId", board.members().get(2).memberId())).post(m + "/attendance").then().statusCode(201);
    }

    @Test
    void aQrCheckInWithoutAGoodTokenShowsThePageAgainWithTheErrorInTheVisitorsLanguage() {
        opened();
        String path = "/meetings/" + meeting + "/check-in/qr";
        Fixtures.User member = board.members().get(1).user();
        Forms.post(path + "?t=", member.token()).formParam("t", "").post(path).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("id=\"t-error\""),
                        org.hamcrest.Matchers.containsString("签到二维码已过期或无效"),
                        org.hamcrest.Matchers.containsString("action=\"" + path + "\""));
        Forms.post(path + "?t=", member.token()).cookie("sl_lang", "en").formParam("t", "meeting-" + meeting + ".1.forged")
                .post(path).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("value=\"meeting-" + meeting + ".1.forged\""),
                        org.hamcrest.Matchers.containsString("The check-in QR code has expired or is not valid"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("签到二维码")));
        as(board.chair().user()).get("/api/meetings/" + meeting).then()
                .body("quorum.present", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theMeetingInCalendarsOnceAnnounced() {
        String item = "/calendar/meeting/" + meeting + ".ics";
        String feed = "/calendar/community/" + board.communityId() + ".ics";
        given().get(item).then().statusCode(404);
        assertTrue(IcsCheck.events(given().get(feed).then().statusCode(200).extract().asString()).isEmpty(), "no drafts in the feed");
        day(3);
        as(board.chair().user()).post("/api/meetings/" + meeting + "/publish").then().statusCode(204);
        var events = IcsCheck.events(given().get(item).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/calendar")).extract().asString());
        assertEquals(1, events.size());
        assertEquals("20260305T190000", events.get(0).get("DTSTART").value());
        assertEquals(";TZID=Asia/Shanghai", events.get(0).get("DTSTART").params());
        assertEquals("社区议事厅", events.get(0).get("LOCATION").value());
        var fed = IcsCheck.events(given().get(feed).then().statusCode(200).extract().asString());
        assertTrue(fed.stream().anyMatch(e -> e.get("UID").value().startsWith("meeting-" + meeting + "@")), "in the community's feed");
        given().get("/calendar/community/999999999.ics").then().statusCode(404);
        given().get("/calendar/no-such-kind/1.ics").then().statusCode(404);
    }

    @Test
    void proposalsWithTheirCoSignCounts() {
        Fixtures.User proposer = data.resident(board.communityId());
        long id = as(proposer).body(Map.of("communityId", board.communityId(), "title", "-2+3 增设非机动车棚",
                        "description", "车棚不够用", "category", "SAFETY"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        as(data.resident(board.communityId())).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
        as(data.resident(board.communityId())).post("/api/proposals/" + id + "/cosign").then().statusCode(200);
        List<List<XCell>> rows = ExportFiles.xlsx(given().get("/exports/proposals/" + board.communityId())
                .then().statusCode(200).extract().asByteArray());
        List<XCell> row = rows.stream().filter(r -> r.get(0).text().equals(String.valueOf(id))).findFirst().orElseThrow();
        assertEquals("'-2+3 增设非机动车棚", row.get(1).text());
        assertEquals("2", row.get(4).text());
        assertTrue(row.get(4).number());
        assertTrue(rows.get(0).stream().noneMatch(c -> c.text().contains("提议人")), "the public list names nobody");
        given().get("/exports/proposals/999999999").then().statusCode(404);
        given().get("/proposals?community=" + board.communityId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/exports/proposals/" + board.communityId()));
        given().auth().oauth2(board.staff().token()).get("/community/" + board.communityId()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/calendar/community/" + board.communityId() + ".ics"));
    }
}
