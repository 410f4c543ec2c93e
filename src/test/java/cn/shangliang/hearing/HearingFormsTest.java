package cn.shangliang.hearing;

import cn.shangliang.common.web.Ui;
import cn.shangliang.testsupport.Forms;
import cn.shangliang.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hearing's page forms on the form pipeline (issue 9): bad input comes back as the same form, status 400,
 * with what was typed and the error by its field in the visitor's language, and nothing is written.
 */
@QuarkusTest
class HearingFormsTest {

    @Inject
    HearingFixtures fx;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApplicationWithAnUnknownKindKeepsTheStatement() {
        HearingFlow flow = new HearingFlow(fx, clock).registrationOpen();
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
        HearingFlow flow = new HearingFlow(fx, clock).inSession();
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
        HearingFlow flow = new HearingFlow(fx, clock).signed();
        String show = "/hearings/" + flow.id;
        Forms.post(show + "/report", flow.staff.token()).formParam("summary", "按期举行").formParam("viewsFor", "多数赞成")
                .formParam("viewsAgainst", "担心采光").formParam("adopted", "调整位置").formParam("notAdopted", "不免除费用")
                .formParam("decision_type", "COUNCIL_RESOLUTION").formParam("decision_title", "关于加装电梯的决议")
                .formParam("decision_refId", "十二").post(show + "/report").then().statusCode(400)
                .body(containsString("担心采光"))
                .body(containsString("value=\"十二\""))
                .body(containsString("请填写数字"));
        assertEquals(0, HearingReport.count("hearingId", flow.id));
    }

    @Test
    void aCancellationWithoutAReasonSaysSoBesideTheField() {
        HearingFlow flow = new HearingFlow(fx, clock).announced();
        String show = "/hearings/" + flow.id;
        Forms.post(show, flow.staff.token()).formParam("reason", " ").post(show + "/cancel").then().statusCode(400)
                .body(containsString("id=\"reason-error\""));
        assertEquals(HearingStatus.ANNOUNCED, Hearing.<Hearing>findById(flow.id).status);
    }
}
