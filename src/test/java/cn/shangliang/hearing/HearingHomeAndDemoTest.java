package cn.shangliang.hearing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The home page's hearing items, and the demo hearings. */
@QuarkusTest
class HearingHomeAndDemoTest {

    @Inject
    HearingFixtures fx;

    @Test
    void staffSeeTheNextStepAndRepresentativesTheRecordToSign() {
        HearingFlow announced = fx.flow().announced();
        given().cookie("sl_token", announced.staff.token()).get("/").then().statusCode(200)
                .body(containsString("开始报名：幸福路加装电梯方案"));

        HearingFlow ended = fx.flow().ended();
        Fixtures.User rep = ended.representatives().get(0);
        given().cookie("sl_token", rep.token()).get("/").then().statusCode(200)
                .body(containsString("请确认听证笔录：幸福路加装电梯方案"))
                .body(containsString("/hearings/" + ended.id + "/record"));
    }

    @Test
    void theDemoHasAHearingInRegistrationAndAHeldOneWithItsReport() {
        long communityId = fx.community().communityId();
        fx.staff(communityId);
        for (int i = 0; i < 4; i++) {
            fx.resident(communityId);
        }
        fx.fireDemo();
        List<Hearing> demo = Hearing.list("createdBy", "demo");
        assertTrue(demo.stream().anyMatch(h -> h.status == HearingStatus.REGISTRATION_OPEN), "a hearing in registration");
        Hearing held = demo.stream().filter(h -> h.status == HearingStatus.REPORT_PUBLISHED).findFirst().orElseThrow();
        assertEquals(held.totalSeats(), HearingApplication.selected(held.id).size());
        assertTrue(HearingReport.ofHearing(held.id).isPresent());
        given().get("/api/hearings/" + held.id + "/draw").then().statusCode(200);
        given().get("/hearings/" + held.id + "/report").then().statusCode(200).body(containsString("关于幸福路加装电梯的决议"));
    }
}
