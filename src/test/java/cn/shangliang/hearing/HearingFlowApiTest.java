package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shangliang.notice.Notice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole hearing through the API, from the draft to the report, and what the public sees on the way. */
@QuarkusTest
class HearingFlowApiTest {

    @Inject
    HearingFixtures fx;

    @Test
    void fromAnnouncementToReport() {
        HearingFlow flow = fx.flow().reported();
        String base = "/api/hearings/" + flow.id;

        as(null).get(base).then().statusCode(200)
                .body("status", equalTo("REPORT_PUBLISHED"))
                .body("statusLabel", equalTo("报告已公布"))
                .body("seed", equalTo(HearingFlow.SEED))
                .body("links[0].type", equalTo("PROPOSAL"))
                .body("links[0].url", equalTo("/proposals/7"));

        JsonPath draw = as(null).get(base + "/draw").then().statusCode(200).extract().jsonPath();
        assertEquals("STAKEHOLDER", draw.getString("draws[0].category"));
        assertEquals(3, draw.getList("draws[0].steps").size());
        assertEquals(2, draw.getList("draws[0].selected").size());
        assertEquals(HearingFlow.SEED + "|STAKEHOLDER|1", draw.getString("draws[0].steps[0].message"));

        as(null).get(base + "/record").then().statusCode(200)
                .body("representatives", hasSize(3))
                .body("present", equalTo(3))
                .body("statements.stage", contains("SPONSOR_PRESENTATION", "REPRESENTATIVE_STATEMENTS", "QUESTIONS_AND_DEBATE"))
                .body("representatives.signOff", everyItemIs("SIGNED"));

        as(null).get(base + "/report").then().statusCode(200)
                .body("adopted", containsString("调整电梯位置"))
                .body("decision.type", equalTo("COUNCIL_RESOLUTION"))
                .body("decision.title", equalTo("关于加装电梯的决议"));

        List<String> titles = Notice.<Notice>list("sourceType = ?1 and sourceId = ?2 order by id", "hearing", flow.id)
                .stream().map(n -> n.title.substring(0, n.title.indexOf('：'))).toList();
        assertEquals(List.of("听证会公告", "听证代表报名名单", "听证代表抽签种子", "听证代表名单", "听证报告"), titles);
        as(null).get("/api/notices?category=HEARING&community=" + flow.communityId).then().statusCode(200)
                .body("link", hasItem("/hearings/" + flow.id + "/report"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return contains(value, value, value);
    }
}
