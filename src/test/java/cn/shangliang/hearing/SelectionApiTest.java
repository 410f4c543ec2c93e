package cn.shangliang.hearing;

import static cn.shangliang.hearing.HearingFlow.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed is published before the draw, on the lottery day; the draw anyone can redo fixes the list. */
@QuarkusTest
class SelectionApiTest {

    @Inject
    HearingFixtures fx;

    @Test
    void theSeedComesOnTheLotteryDayOnce() {
        HearingFlow flow = fx.flow().closed();
        String url = "/api/hearings/" + flow.id + "/seed";
        as(flow.staff).body(Map.of("seed", HearingFlow.SEED)).post(url).then().statusCode(409)
                .body("code", equalTo("hearing.lottery.too-early"));
        fx.travelTo(flow.lotteryDay());
        as(null).body(Map.of("seed", HearingFlow.SEED)).post(url).then().statusCode(401);
        as(flow.applicants.get(0)).body(Map.of("seed", HearingFlow.SEED)).post(url).then().statusCode(403);
        as(flow.staff).body(Map.of("seed", " ")).post(url).then().statusCode(400).body("errors.field", hasItem("seed"));
        as(flow.staff).body(Map.of("seed", "  " + HearingFlow.SEED + " ")).post(url).then().statusCode(200)
                .body("seed", equalTo(HearingFlow.SEED));
        as(flow.staff).body(Map.of("seed", "福彩3D 2025318 583")).post(url).then().statusCode(409)
                .body("code", equalTo("hearing.seed.already-published"));
    }

    @Test
    void theDrawNeedsThePublishedSeed() {
        HearingFlow flow = fx.flow().closed();
        fx.travelTo(flow.lotteryDay());
        String url = "/api/hearings/" + flow.id + "/draw";
        as(null).get(url).then().statusCode(404);
        as(flow.staff).post(url).then().statusCode(409).body("code", equalTo("hearing.lottery.seed-not-published"));
    }

    @Test
    void theDrawFollowsTheReferenceAlgorithmAndPublishesTheList() {
        HearingFlow flow = fx.flow().seeded();
        String url = "/api/hearings/" + flow.id + "/draw";
        as(flow.applicants.get(0)).post(url).then().statusCode(403);
        // Anyone can compute the draw as soon as the seed is out; the staff's draw must give the same list.
        JsonPath preview = as(null).get(url).then().statusCode(200).extract().jsonPath();
        as(flow.staff).post(url).then().statusCode(200).body("status", equalTo("PARTICIPANTS_FIXED"));

        LotteryResult expected = SeatLottery.draw(HearingFlow.SEED,
                Map.of(RepresentativeCategory.STAKEHOLDER, 2, RepresentativeCategory.ORDINARY_RESIDENT, 1,
                        RepresentativeCategory.EXPERT, 0, RepresentativeCategory.DEPUTY, 0, RepresentativeCategory.ORGANIZATION, 0),
                List.of(new Applicant(1, RepresentativeCategory.STAKEHOLDER), new Applicant(2, RepresentativeCategory.STAKEHOLDER),
                        new Applicant(3, RepresentativeCategory.STAKEHOLDER), new Applicant(4, RepresentativeCategory.ORDINARY_RESIDENT)));
        CategoryDraw stakeholders = expected.draws().get(0);
        JsonPath draw = as(null).get(url).then().statusCode(200).extract().jsonPath();
        assertEquals(preview.getList("draws[0].selected"), draw.getList("draws[0].selected"));
        assertEquals(stakeholders.selected(), draw.getList("draws[0].selected", Long.class));
        assertEquals(stakeholders.steps().get(0).hashHex(), draw.getString("draws[0].steps[0].hashHex"));
        assertEquals(3, draw.getInt("draws[0].steps[0].remaining"));

        JsonPath applicants = as(null).get("/api/hearings/" + flow.id + "/applications").then().extract().jsonPath();
        for (int i = 0; i < 4; i++) {
            long no = applicants.getLong("applicationNo[" + i + "]");
            String outcome = applicants.getString("outcome[" + i + "]");
            boolean selected = stakeholders.selected().contains(no) || no == 4;
            assertEquals(selected ? "SELECTED" : "RESERVE", outcome, "application " + no);
        }
        assertEquals(1, cn.shangliang.notice.Notice.count("sourceId = ?1 and title like ?2", flow.id, "听证代表名单%"));
        as(flow.staff).post(url).then().statusCode(409).body("code", equalTo("hearing.transition.not-allowed"));
    }

    @Test
    void tooFewApplicantsForTheQuotaFixNothing() {
        HearingFlow flow = fx.flow().registrationOpen();
        flow.apply(RepresentativeCategory.STAKEHOLDER, 1);
        flow.apply(RepresentativeCategory.ORDINARY_RESIDENT, 1);
        fx.travelTo(flow.closes().plusDays(1));
        as(flow.staff).post("/api/hearings/" + flow.id + "/registration/close").then().statusCode(200);
        fx.travelTo(flow.lotteryDay());
        as(flow.staff).body(Map.of("seed", HearingFlow.SEED)).post("/api/hearings/" + flow.id + "/seed").then().statusCode(200);
        as(flow.staff).post("/api/hearings/" + flow.id + "/draw").then().statusCode(409)
                .body("errors.field", hasItem("hearing.quota.too-few"))
                .body("errors.field", hasItem("hearing.quota.stakeholders-not-more"));
        as(null).get("/api/hearings/" + flow.id).then().body("status", equalTo("REGISTRATION_CLOSED"));
        assertEquals(0, HearingApplication.count("hearingId = ?1 and outcome = ?2", flow.id, ApplicationOutcome.SELECTED));
    }
}
