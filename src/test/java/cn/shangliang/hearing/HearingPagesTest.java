package cn.shangliang.hearing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.common.web.Ui;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole hearing through its pages, posting the forms as a browser does (CSRF included), plus the pages'
 * refusals: login redirect, wrong role, a form with mistakes shown again with what was typed.
 */
@QuarkusTest
class HearingPagesTest {

    @Inject
    HearingFixtures fx;

    private static RequestSpecification page(Fixtures.User user) {
        RequestSpecification spec = given().redirects().follow(false);
        return user == null ? spec : spec.cookie("sl_token", user.token());
    }

    private static void fill(RequestSpecification form, HearingFlow flow) {
        fill(form, flow, Map.of());
    }

    private static void fill(RequestSpecification form, HearingFlow flow, Map<String, String> overrides) {
        flow.request().forEach((k, v) -> {
            if (v instanceof String s) {
                form.formParam(k, overrides.getOrDefault(k, s));
            }
        });
        form.formParam("communityId", flow.communityId).formParam("seats_STAKEHOLDER", 2).formParam("seats_ORDINARY_RESIDENT", 1)
                .formParam("seats_EXPERT", 0).formParam("seats_DEPUTY", 0).formParam("seats_ORGANIZATION", 0)
                .formParam("minRepresentatives", 3).formParam("representativeShare", ">= 1/3")
                .formParam("stakeholdersOutnumberResidents", "true").formParam("observerCapacity", 5)
                .formParam("link_type", "PROPOSAL").formParam("link_title", "加装电梯议题").formParam("link_refId", "7")
                .formParam("link_url", "/proposals/7");
    }

    /** The report form of the flow's hearing as staff post it: its five texts, and a council resolution as the decision. */
    private static RequestSpecification report(HearingFlow flow) {
        return Forms.post("/hearings/" + flow.id + "/report", flow.staff.token()).formParam("summary", "按期举行")
                .formParam("viewsFor", "多数赞成").formParam("viewsAgainst", "担心采光").formParam("adopted", "调整位置")
                .formParam("notAdopted", "不免除费用").formParam("decision_type", "COUNCIL_RESOLUTION");
    }

    @Test
    void fromAnnouncementToReportInTheBrowser() {
        HearingFlow flow = fx.flow();
        RequestSpecification create = Forms.post("/hearings/new", flow.staff.token());
        fill(create, flow);
        String location = create.post("/hearings").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        flow.id = id;
        String show = "/hearings/" + id;
        page(flow.staff).get(show).then().statusCode(200).body(containsString("幸福路加装电梯方案")).body(containsString("草稿"));

        Forms.post(show, flow.staff.token()).post(show + "/announce").then().statusCode(303);
        Forms.post(show, flow.staff.token()).post(show + "/registration/open").then().statusCode(303);
        page(null).get(show).then().statusCode(200).body(containsString("报名中")).body(containsString("登录后报名"));

        List<Fixtures.User> residents = List.of(fx.resident(flow.communityId), fx.resident(flow.communityId),
                fx.resident(flow.communityId), fx.resident(flow.communityId));
        for (int i = 0; i < residents.size(); i++) {
            Forms.post(show, residents.get(i).token()).formParam("kind", "REPRESENTATIVE")
                    .formParam("category", i < 3 ? "STAKEHOLDER" : "ORDINARY_RESIDENT").formParam("statement", "我住" + i + "号楼")
                    .post(show + "/applications").then().statusCode(303);
        }
        Forms.post(show, fx.resident(flow.communityId).token()).formParam("kind", "OBSERVER").post(show + "/applications")
                .then().statusCode(303);
        page(residents.get(0)).get(show).then().body(containsString("申请编号 1"));

        fx.travelTo(flow.closes().plusDays(1));
        Forms.post(show, flow.staff.token()).post(show + "/registration/close").then().statusCode(303);
        page(null).get(show + "/applicants").then().statusCode(200).body(containsString("我住2号楼"));

        fx.travelTo(flow.lotteryDay());
        Forms.post(show + "/draw", flow.staff.token()).formParam("seed", HearingFlow.SEED).post(show + "/seed").then().statusCode(303);
        Forms.post(show + "/draw", flow.staff.token()).post(show + "/draw").then().statusCode(303);
        page(null).get(show + "/draw").then().statusCode(200)
                .body(containsString(HearingFlow.SEED + "|STAKEHOLDER|1"))
                .body(containsString("报名人数未超过席位"));

        fx.travelTo(flow.hearingDay());
        List<Long> selected = flow.selectedIds();
        RequestSpecification attendance = Forms.post(show + "/session", flow.staff.token());
        selected.forEach(s -> attendance.formParam("present", s));
        attendance.post(show + "/attendance").then().statusCode(303);
        Forms.post(show + "/session", flow.staff.token()).post(show + "/session/open").then().statusCode(303);
        Forms.post(show + "/session", flow.staff.token()).formParam("stage", "SPONSOR_PRESENTATION").formParam("speaker", "张干事")
                .formParam("position", "OTHER").formParam("content", "介绍草案").formParam("applicationId", "")
                .post(show + "/statements").then().statusCode(303);
        Forms.post(show + "/session", flow.staff.token()).formParam("stage", "REPRESENTATIVE_STATEMENTS")
                .formParam("applicationId", selected.get(0)).formParam("position", "FOR").formParam("content", "赞成加装")
                .post(show + "/statements").then().statusCode(303);
        page(flow.staff).get(show + "/session").then().statusCode(200).body(containsString("赞成加装"));
        Forms.post(show + "/session", flow.staff.token()).post(show + "/session/end").then().statusCode(303);

        for (Fixtures.User rep : flow.applicants.isEmpty() ? residents : flow.applicants) {
            String name = "居民" + rep.accountId();
            boolean isRep = given().get("/api/hearings/" + id + "/record").jsonPath().getList("representatives.name").contains(name);
            if (isRep) {
                page(rep).get(show + "/record").then().statusCode(200).body(containsString("提交确认"));
                Forms.post(show + "/record", rep.token()).formParam("decision", "SIGNED").post(show + "/record/sign-off")
                        .then().statusCode(303);
                page(rep).get(show + "/record").then().body(not(containsString("提交确认")));
            }
        }

        report(flow).formParam("decision_title", "关于加装电梯的决议")
                .formParam("decision_refId", "12").formParam("decision_url", "/council/resolutions/12")
                .post(show + "/report").then().statusCode(303);
        page(null).get(show + "/report").then().statusCode(200).body(containsString("关于加装电梯的决议"))
                .body(containsString("/council/resolutions/12"));
        page(null).get("/notices?category=HEARING").then().statusCode(200).body(containsString("听证报告：幸福路加装电梯方案"));
    }

    @Test
    void aFormWithMistakesIsShownAgainAndNothingIsWritten() {
        HearingFlow flow = fx.flow();
        RequestSpecification create = Forms.post("/hearings/new", flow.staff.token());
        fill(create, flow, Map.of("hearingDate", "not a date", "title", "写错日期的听证会"));
        create.post("/hearings").then().statusCode(400)
                .body(containsString("请填写日期"))
                .body(containsString("value=\"写错日期的听证会\""));
        assertEquals(0, Hearing.count("communityId", flow.communityId));
    }

    /** FormPipeline: every malformed field is named at once, in the visitor's language, and what was typed stays. */
    @Test
    void aFormWithSeveralMistakesNamesEachInEnglish() {
        HearingFlow flow = fx.flow();
        RequestSpecification create = Forms.post("/hearings/new", flow.staff.token()).cookie(Ui.LANG_COOKIE, "en");
        create.formParam("communityId", flow.communityId).formParam("title", "Typed title")
                .formParam("hearingDate", "not a date").formParam("startsAt", "half past nine")
                .formParam("minRepresentatives", "two");
        create.post("/hearings").then().statusCode(400)
                .body(containsString("Enter a date as yyyy-MM-dd"))
                .body(containsString("Enter a time as HH:mm"))
                .body(containsString("Enter a number"))
                .body(containsString("value=\"Typed title\""))
                .body(containsString("value=\"half past nine\""));
        assertEquals(0, Hearing.count("communityId", flow.communityId));
    }

    @Test
    void pagesRefuseWhoMayNot() {
        HearingFlow flow = fx.flow().draft();
        page(null).get("/hearings/new").then().statusCode(303).header("Location", containsString("/login"));
        page(fx.resident(flow.communityId)).get("/hearings/new").then().statusCode(403);
        page(null).get("/hearings/" + flow.id).then().statusCode(404);
        page(fx.resident(flow.communityId)).get("/hearings/" + flow.id + "/session").then().statusCode(403);
        // A draft does not exist for anyone but its community's staff.
        page(fx.staff(fx.community().communityId())).get("/hearings/" + flow.id + "/edit").then().statusCode(404);
        HearingFlow announced = fx.flow().announced();
        page(fx.resident(announced.communityId)).get("/hearings/" + announced.id + "/session").then().statusCode(403);
        page(fx.staff(fx.community().communityId())).get("/hearings/" + announced.id + "/edit").then().statusCode(403);
        Forms.post("/hearings", fx.resident(flow.communityId).token()).post("/hearings/" + flow.id + "/announce").then().statusCode(403);
        given().redirects().follow(false).cookie("sl_token", flow.staff.token()).contentType("application/x-www-form-urlencoded")
                .post("/hearings/" + flow.id + "/announce").then().statusCode(400);
        page(flow.staff).get("/hearings/" + flow.id + "/edit").then().statusCode(200).body(containsString("幸福路加装电梯方案"));
        page(null).get("/hearings").then().statusCode(200);
    }

    @Test
    void refusalsOnPagesShowTheReason() {
        HearingFlow flow = fx.flow().announced();
        String show = "/hearings/" + flow.id;
        Forms.post(show, flow.staff.token()).post(show + "/registration/close").then().statusCode(409)
                .body(containsString("听证会状态不能从「已公告」变为「报名已截止」"));
        Forms.post(show, flow.staff.token()).formParam("reason", "").post(show + "/cancel").then().statusCode(400)
                .body(containsString("请说明取消的理由"));
        page(null).get(show).then().statusCode(200).body(containsString("已公告"));
    }

    // The forms on the pipeline (issue 9): the same form again, 400, what was typed kept, nothing written.

    @Test
    void anApplicationWithAnUnknownKindKeepsTheStatement() {
        HearingFlow flow = fx.flow().registrationOpen();
        String show = "/hearings/" + flow.id;
        Forms.post(show, fx.resident(flow.communityId).token()).formParam("kind", "SPEAKER")
                .formParam("category", "STAKEHOLDER").formParam("statement", "我住3号楼，想发言")
                .post(show + "/applications").then().statusCode(400)
                .body(containsString("我住3号楼，想发言"))
                .body(containsString("field-error"));
        assertEquals(0, HearingApplication.count("hearingId", flow.id));
    }

    @Test
    void aStatementWithoutContentIsShownAgainInEnglish() {
        HearingFlow flow = fx.flow().inSession();
        String show = "/hearings/" + flow.id;
        long before = HearingStatement.count("hearingId", flow.id);
        Forms.post(show + "/session", flow.staff.token()).cookie(Ui.LANG_COOKIE, "en")
                .formParam("stage", "SPONSOR_PRESENTATION").formParam("speaker", "Typed speaker")
                .formParam("position", "OTHER").formParam("content", "").formParam("applicationId", "")
                .post(show + "/statements").then().statusCode(400)
                .body(containsString("value=\"Typed speaker\""))
                .body(containsString("field-error"))
                .body(not(containsString("出错了")));
        assertEquals(before, HearingStatement.count("hearingId", flow.id));
    }

    @Test
    void aReportWithAWrongDecisionNumberKeepsEveryField() {
        HearingFlow flow = fx.flow().signed();
        String show = "/hearings/" + flow.id;
        report(flow).formParam("decision_title", "关于加装电梯的决议")
                .formParam("decision_refId", "十二").post(show + "/report").then().statusCode(400)
                .body(containsString("担心采光"))
                .body(containsString("value=\"十二\""))
                .body(containsString("请填写数字"));
        assertEquals(0, HearingReport.count("hearingId", flow.id));
    }

    /** The decision is a nested record: its title's error (decision.title) goes beside the field decision_title. */
    @Test
    void aReportWithATooLongDecisionTitleSaysSoBesideThatField() {
        HearingFlow flow = fx.flow().signed();
        String show = "/hearings/" + flow.id;
        report(flow).formParam("decision_title", "决".repeat(201))
                .post(show + "/report").then().statusCode(400)
                .body(containsString("担心采光"))
                .body(containsString("<p class=\"field-error\" id=\"decision_title-error\" role=\"alert\">不超过200字</p>"));
        assertEquals(0, HearingReport.count("hearingId", flow.id));
    }

    @Test
    void aCancellationWithoutAReasonSaysSoBesideTheField() {
        HearingFlow flow = fx.flow().announced();
        String show = "/hearings/" + flow.id;
        Forms.post(show, flow.staff.token()).formParam("reason", " ").post(show + "/cancel").then().statusCode(400)
                .body(containsString("id=\"reason-error\""));
        assertEquals(HearingStatus.ANNOUNCED, Hearing.<Hearing>findById(flow.id).status);
    }
}
