package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report is published by staff once the record is confirmed, linked to the decision it informed. */
@QuarkusTest
class ReportApiTest {

    @Inject
    HearingFixtures fx;

    @Test
    void onlyStaffPublishAndOnlyOnce() {
        HearingFlow flow = fx.flow().signed();
        String url = "/api/hearings/" + flow.id + "/report";
        as(null).get(url).then().statusCode(404);
        as(null).body(HearingFlow.report()).post(url).then().statusCode(401);
        as(flow.applicants.get(0)).body(HearingFlow.report()).post(url).then().statusCode(403);
        as(fx.staff(fx.community().communityId())).body(HearingFlow.report()).post(url).then().statusCode(403);
        as(flow.staff).body(HearingFlow.report()).post(url).then().statusCode(201).body("decision.refId", equalTo(12));
        as(flow.staff).body(HearingFlow.report()).post(url).then().statusCode(409).body("code", equalTo("hearing.transition.not-allowed"));
        as(null).get(url).then().statusCode(200).body("viewsAgainst", equalTo("一楼住户担心采光和噪音。"));
        assertEquals(1, HearingReport.count("hearingId", flow.id));
    }

    @Test
    void aReportWithoutReasonsOrDecisionIsRefused() {
        HearingFlow flow = fx.flow().signed();
        String url = "/api/hearings/" + flow.id + "/report";
        Map<String, Object> noDecision = new HashMap<>(HearingFlow.report());
        noDecision.remove("decision");
        noDecision.put("notAdopted", "");
        as(flow.staff).body(noDecision).post(url).then().statusCode(400)
                .body("errors.field", hasItem("decision")).body("errors.field", hasItem("notAdopted"));
        Map<String, Object> badUrl = new HashMap<>(HearingFlow.report());
        badUrl.put("decision", Map.of("type", "OWNERS_DECISION", "title", "决定", "url", "//evil.example/"));
        as(flow.staff).body(badUrl).post(url).then().statusCode(400).body("code", equalTo("hearing.link.url"));
        assertEquals(0, HearingReport.count("hearingId", flow.id));
        as(null).get("/api/hearings/" + flow.id).then().body("status", equalTo("RECORD_CONFIRMATION"));
    }
}
