package cn.shangliang.budget;

import cn.shangliang.common.audit.AuditEntry;
import cn.shangliang.common.security.Role;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.shangliang.budget.BudgetFixtures.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19: milestones of a budget project are marked done or missed, audited, shown on the page and to supervisors. */
@QuarkusTest
class MilestoneOutcomeTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    BudgetFixtures fx;

    record Running(BudgetFixtures.Place place, long project, Fixtures.User resident) {
    }

    private Running running() {
        BudgetFixtures.Place place = fx.place();
        Fixtures.User resident = fx.resident(place.communityId());
        return new Running(place, fx.contractedProject(place, resident, "楼道灯"), resident);
    }

    private static long milestone(String staff, long project, String title, LocalDate due) {
        return given().auth().oauth2(staff).contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"dueOn\":\"" + due + "\"}").post("/api/budget/projects/" + project + "/milestones")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theApiMarksMilestonesDoneOrMissedByTheRules() {
        Running r = running();
        String staff = r.place().staff().token();
        LocalDate today = LocalDate.now(BEIJING);
        long past = milestone(staff, r.project(), "采购灯具", today.minusDays(3));
        long future = milestone(staff, r.project(), "安装", today.plusDays(10));
        String base = "/api/budget/projects/" + r.project() + "/milestones/";

        post(r.resident().token(), base + past + "/outcome", "{\"outcome\":\"DONE\"}", 403);
        given().auth().oauth2(staff).header("Accept-Language", "en").contentType("application/json")
                .body("{\"outcome\":\"MISSED\"}").post(base + past + "/outcome").then().statusCode(400)
                .body("code", equalTo("budget.milestone.reason-required"));
        post(staff, base + past + "/outcome", "{}", 400);
        post(staff, base + future + "/outcome", "{\"outcome\":\"MISSED\",\"note\":\"厂家缺货\"}", 409);
        post(staff, base + future + "/outcome", "{\"outcome\":\"DONE\",\"doneOn\":\"" + today.plusDays(1) + "\"}", 400);
        post(staff, "/api/budget/projects/" + (r.project() + 100000) + "/milestones/" + past + "/outcome", "{\"outcome\":\"DONE\"}", 404);

        given().auth().oauth2(staff).contentType("application/json").body("{\"outcome\":\"MISSED\",\"note\":\"厂家缺货\"}")
                .post(base + past + "/outcome").then().statusCode(200).body("status", equalTo("MISSED"))
                .body("note", equalTo("厂家缺货"));
        given().auth().oauth2(staff).contentType("application/json")
                .body("{\"outcome\":\"DONE\",\"doneOn\":\"" + today + "\"}").post(base + past + "/outcome").then()
                .statusCode(200).body("status", equalTo("DONE")).body("doneOn", equalTo(today.toString()));
        post(staff, base + past + "/outcome", "{\"outcome\":\"MISSED\",\"note\":\"x\"}", 409);
        post(staff, base + future + "/outcome", "{\"outcome\":\"DONE\"}", 200);

        given().get("/api/budget/projects/" + r.project()).then().statusCode(200)
                .body("milestones.find { it.id == " + past + " }.status", equalTo("DONE"))
                .body("milestones.find { it.id == " + future + " }.doneOn", equalTo(today.toString()));
        assertEquals(2, audits(r.project(), "budget.milestone.done"));
        assertEquals(1, audits(r.project(), "budget.milestone.missed"));
    }

    @Test
    void staffRecordOnThePageAndSupervisorsSeeTheMissedStep() {
        Running r = running();
        String staff = r.place().staff().token();
        LocalDate today = LocalDate.now(BEIJING);
        long m = milestone(staff, r.project(), "路面硬化", today.minusDays(1));
        String page = "/budget/projects/" + r.project();
        given().cookie("sl_token", staff).get("/").then().statusCode(200).body(containsString("项目节点已到期待登记"));
        given().cookie("sl_token", staff).get(page).then().statusCode(200)
                .body(containsString("已过计划日期，请登记完成情况")).body(containsString("登记完成情况"));
        given().cookie("sl_token", r.resident().token()).get(page).then().statusCode(200)
                .body(not(containsString("/milestones/" + m + "/outcome")));

        Forms.post(page, staff).formParam("outcome", "MISSED").formParam("note", "")
                .post(page + "/milestones/" + m + "/outcome").then().statusCode(400)
                .body(containsString("未按期完成须写明原因")).body(containsString("value=\"MISSED\" checked"));
        Forms.post(page, staff).formParam("outcome", "MISSED").formParam("note", "雨季停工")
                .post(page + "/milestones/" + m + "/outcome").then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("未按期完成")).body(containsString("雨季停工"));

        Fixtures.User supervisor = fx.user(Role.SUPERVISOR, r.place().communityId());
        given().cookie("sl_token", supervisor.token()).get("/").then().statusCode(200)
                .body(containsString("项目节点未按期完成")).body(containsString("#milestone-" + m));
        given().get("/api/notices?community=" + r.place().communityId()).then().statusCode(200)
                .body(containsString("项目节点未按期完成"));
    }

    @Transactional
    long audits(long project, String action) {
        return AuditEntry.count("action = ?1 and entityId = ?2", action, String.valueOf(project));
    }
}
