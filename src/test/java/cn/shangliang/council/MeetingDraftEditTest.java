package cn.shangliang.council;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19: a draft meeting is edited (page on the form pipeline, API), only as a draft, audited. */
@QuarkusTest
class MeetingDraftEditTest {

    @Inject
    CouncilTestData data;

    private long schedule(CouncilTestData.Board board, LocalDate date) {
        return as(board.staff()).body(Map.of("kind", "MONTHLY", "date", date.toString(), "time", "19:00", "place", "社区议事厅"))
                .post("/api/councils/" + board.councilId() + "/meetings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void theApiEditsADraftOnlyAndRefusesOthers() {
        CouncilTestData.Board board = data.board(3);
        LocalDate in20 = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        long meeting = schedule(board, in20);
        Map<String, Object> edit = Map.of("kind", "MONTHLY", "title", "十二月议事会", "date", in20.plusDays(1).toString(),
                "time", "18:30", "place", "社区党群服务中心三楼");
        as(board.members().get(1).user()).body(edit).put("/api/meetings/" + meeting).then().statusCode(403);
        as(board.staff()).header("Accept-Language", "en").body(Map.of("kind", "MONTHLY", "date", "2020-01-01", "time", "18:30"))
                .put("/api/meetings/" + meeting).then().statusCode(400);
        as(board.staff()).body(edit).put("/api/meetings/" + meeting).then().statusCode(200)
                .body("title", equalTo("十二月议事会")).body("place", equalTo("社区党群服务中心三楼"))
                .body("date", equalTo(in20.plusDays(1).toString()));
        assertEquals(1, audits(meeting));

        as(board.staff()).body(Map.of("reason", "改期")).post("/api/meetings/" + meeting + "/cancel").then().statusCode(204);
        as(board.staff()).header("Accept-Language", "en").body(edit).put("/api/meetings/" + meeting).then().statusCode(409)
                .body("code", equalTo("meeting.edit.not-draft"));
    }

    @Test
    void staffFindTheEditLinkAndATypoComesBackWithTheForm() {
        CouncilTestData.Board board = data.board(3);
        LocalDate in20 = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        long meeting = schedule(board, in20);
        String page = "/meetings/" + meeting;
        given().cookie("sl_token", board.staff().token()).get(page).then().statusCode(200)
                .body(containsString("href=\"" + page + "/edit\""));
        given().cookie("sl_token", board.members().get(1).user().token()).get(page).then().statusCode(200)
                .body(not(containsString(page + "/edit")));
        given().cookie("sl_token", board.members().get(1).user().token()).redirects().follow(false).get(page + "/edit")
                .then().statusCode(403);
        given().cookie("sl_token", board.staff().token()).get(page + "/edit").then().statusCode(200)
                .body(containsString("value=\"社区议事厅\"")).body(containsString("value=\"" + in20 + "\""));

        Forms.post(page + "/edit", board.staff().token()).formParam("kind", "MONTHLY").formParam("date", "2020-01-01")
                .formParam("time", "19:00").formParam("place", "二楼会议室").post(page + "/edit").then().statusCode(400)
                .body(containsString("value=\"二楼会议室\"")).body(containsString("请填写今天或以后的会议日期"));
        Forms.post(page + "/edit", board.staff().token()).formParam("kind", "MONTHLY").formParam("date", in20.toString())
                .formParam("time", "nine").formParam("place", "").post(page + "/edit").then().statusCode(400)
                .body(containsString("value=\"nine\""));
        as(board.staff()).get("/api/meetings/" + meeting).then().body("place", equalTo("社区议事厅"));
        Forms.post(page + "/edit", board.staff().token()).formParam("kind", "MONTHLY").formParam("date", in20.toString())
                .formParam("time", "19:30").formParam("place", "二楼会议室").post(page + "/edit").then().statusCode(303)
                .header("Location", containsString(page));
        given().cookie("sl_token", board.staff().token()).get(page).then().statusCode(200).body(containsString("二楼会议室"));
    }

    @Transactional
    long audits(long meeting) {
        return AuditEntry.count("action = ?1 and entityId = ?2", "meeting.edit", String.valueOf(meeting));
    }
}
