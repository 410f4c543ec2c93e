package cn.shangliang.hearing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import cn.shangliang.attachment.TestFiles;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A hearing's written opinions (comments) and materials (attachments): a draft's materials are staff's alone;
 * opinions are taken from the announcement until the session.
 */
@QuarkusTest
class HearingDiscussionTest {

    @Inject
    HearingFixtures fx;

    @Test
    void aDraftsMaterialsAreHiddenFromEveryoneButStaffAndOpinionsOpenWithTheAnnouncement() {
        HearingFlow flow = fx.flow().draft();
        Fixtures.User resident = fx.resident(flow.communityId);
        long material = given().auth().oauth2(flow.staff.token()).contentType("application/pdf").body(TestFiles.PDF)
                .post("/api/attachments?kind=HEARING&subjectId=" + flow.id + "&caption=方案图纸").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().get("/attachments/" + material).then().statusCode(404);
        given().auth().oauth2(resident.token()).get("/attachments/" + material).then().statusCode(404);
        given().get("/api/attachments?kind=HEARING&subjectId=" + flow.id).then().statusCode(404);
        given().auth().oauth2(flow.staff.token()).get("/attachments/" + material).then().statusCode(200);
        Map<String, Object> opinion = Map.of("kind", "HEARING", "subjectId", flow.id, "body", "建议按楼层分摊");
        given().auth().oauth2(resident.token()).contentType(ContentType.JSON).body(opinion).post("/api/comments")
                .then().statusCode(404);

        HearingFlow.as(flow.staff).post("/api/hearings/" + flow.id + "/announce").then().statusCode(200);
        given().get("/attachments/" + material).then().statusCode(200);
        given().auth().oauth2(resident.token()).contentType(ContentType.JSON).body(opinion).post("/api/comments")
                .then().statusCode(201);
        given().auth().oauth2(resident.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "HEARING", "subjectId", flow.id, "body", "支持", "stance", "SUPPORT"))
                .post("/api/comments").then().statusCode(400);
        given().get("/api/comments?kind=HEARING&subjectId=" + flow.id).then().body("comments", hasSize(1))
                .body("stances", equalTo(false));
        given().get("/hearings/" + flow.id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("建议按楼层分摊"))
                .body(org.hamcrest.Matchers.containsString("方案图纸"));
    }
}
