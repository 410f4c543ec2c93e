package cn.shangliang.proposal;

import cn.shangliang.council.CouncilTestData;
import cn.shangliang.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.shangliang.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProposalApiTest {

    @Inject
    CouncilTestData data;

    long community;
    Fixtures.User proposer;
    Fixtures.User staff;

    @BeforeEach
    void setUp() {
        community = data.community();
        proposer = data.resident(community);
        staff = data.staff(community);
    }

    long submit(Fixtures.User user, String title) {
        return as(user).body(Map.of("communityId", community, "title", title, "description", "路灯坏了三盏，晚上看不清路",
                        "category", "FACILITIES", "place", "3号楼北侧", "attachments", "https://example.org/photo.jpg"))
                .post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void residentSubmitsAndEveryoneSeesIt() {
        long id = submit(proposer, "修路灯");
        given().get("/api/proposals/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("title", equalTo("修路灯"))
                .body("attachments", hasItem("https://example.org/photo.jpg"))
                .body("events", hasSize(1));
    }

    @Test
    void submitNeedsLoginResidenceAndFields() {
        given().contentType(ContentType.JSON).body(Map.of("communityId", community, "title", "x"))
                .post("/api/proposals").then().statusCode(401);
        Fixtures.User outsider = data.resident(data.community());
        as(outsider).body(Map.of("communityId", community, "title", "t", "description", "d", "category", "OTHER"))
                .post("/api/proposals").then().statusCode(403);
        as(proposer).body(Map.of("communityId", community, "title", " ", "category", "OTHER"))
                .post("/api/proposals").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("description"));
        as(proposer).body(Map.of("communityId", community, "title", "t", "description", "d", "category", "NOPE"))
                .post("/api/proposals").then().statusCode(400);
        given().get("/api/proposals?community=" + community).then().body("total", equalTo(0));
    }

    @Test
    void cosignOnceByResidentsOfTheCommunityOnly() {
        long id = submit(proposer, "加装扶手");
        Fixtures.User neighbour = data.resident(community);
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(200).body("cosignCount", equalTo(1));
        as(neighbour).post("/api/proposals/" + id + "/cosign").then().statusCode(409)
                .body("code", equalTo("proposal.cosign.already"));
        as(proposer).post("/api/proposals/" + id + "/cosign").then().statusCode(403);
        as(data.resident(data.community())).post("/api/proposals/" + id + "/cosign").then().statusCode(403);
        as(staff).post("/api/proposals/" + id + "/cosign").then().statusCode(403);
        given().contentType(ContentType.JSON).post("/api/proposals/" + id + "/cosign").then().statusCode(401);
        given().contentType(ContentType.JSON).post("/api/proposals/999999/cosign").then().statusCode(401);
        as(neighbour).post("/api/proposals/999999/cosign").then().statusCode(404);
        given().get("/api/proposals/" + id).then().body("cosignCount", equalTo(1));
    }

    @Test
    void theTenthCosignSendsItToReviewAndTellsTheProposer() {
        long id = submit(proposer, "小区停车难");
        for (int i = 1; i <= 10; i++) {
            as(data.resident(community)).post("/api/proposals/" + id + "/cosign").then().statusCode(200)
                    .body("cosignCount", equalTo(i));
            given().get("/api/proposals/" + id).then()
                    .body("status", equalTo(i < 10 ? "SUBMITTED" : "UNDER_REVIEW"));
        }
        as(data.resident(community)).post("/api/proposals/" + id + "/cosign").then().statusCode(409)
                .body("code", equalTo("proposal.cosign.closed"));
        given().get("/api/proposals/" + id).then().body("answerDue", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(proposer.token()).get("/").then().body(containsString("小区停车难"));
        // the proposer's visit to the page clears the notice
        given().auth().oauth2(proposer.token()).get("/api/proposals/" + id).then().statusCode(200);
        given().auth().oauth2(proposer.token()).get("/").then().body(org.hamcrest.Matchers.not(containsString("小区停车难")));
    }

    @Test
    void staffReviewOutcomes() {
        long accepted = submit(proposer, "垃圾分类亭");
        as(proposer).post("/api/proposals/" + accepted + "/review-start").then().statusCode(403);
        as(staff).post("/api/proposals/" + accepted + "/review-start").then().statusCode(204);
        as(staff).post("/api/proposals/" + accepted + "/review-start").then().statusCode(409);
        as(staff).body(Map.of("outcome", "ACCEPTED")).post("/api/proposals/" + accepted + "/review").then().statusCode(204);
        given().get("/api/proposals/" + accepted).then().body("status", equalTo("ACCEPTED")).body("startDue", org.hamcrest.Matchers.notNullValue());

        long rejected = underReview("广场舞噪音");
        as(staff).body(Map.of("outcome", "REJECTED")).post("/api/proposals/" + rejected + "/review").then().statusCode(400)
                .body("code", equalTo("proposal.text-required"));
        as(proposer).body(Map.of("outcome", "REJECTED", "text", "x")).post("/api/proposals/" + rejected + "/review").then().statusCode(403);
        as(data.staff(data.community())).body(Map.of("outcome", "REJECTED", "text", "x"))
                .post("/api/proposals/" + rejected + "/review").then().statusCode(403);
        as(staff).body(Map.of("outcome", "SUBMITTED")).post("/api/proposals/" + rejected + "/review").then().statusCode(400);
        as(staff).body(Map.of("outcome", "REJECTED", "text", "属于物业服务合同范围，请向物业反映"))
                .post("/api/proposals/" + rejected + "/review").then().statusCode(204);
        given().get("/api/proposals/" + rejected).then().body("status", equalTo("REJECTED"))
                .body("outcome", containsString("物业"));
        given().get("/api/notices?category=PROPOSAL&community=" + community).then().body("title", hasItem(containsString("广场舞噪音")));

        long answered = underReview("宣传栏更新");
        as(staff).body(Map.of("outcome", "ANSWERED", "text", "已安排本周更新")).post("/api/proposals/" + answered + "/review")
                .then().statusCode(204);

        long transferred = underReview("电梯加装");
        as(staff).body(Map.of("outcome", "TRANSFERRED", "text", "须业主共同决定")).post("/api/proposals/" + transferred + "/review")
                .then().statusCode(400).body("errors.field", hasItem("transferTarget"));
        as(staff).body(Map.of("outcome", "TRANSFERRED", "text", "须业主共同决定", "transferTarget", "OWNERS_ASSEMBLY",
                "link", "javascript:alert(1)")).post("/api/proposals/" + transferred + "/review").then().statusCode(400);
        as(staff).body(Map.of("outcome", "TRANSFERRED", "text", "须业主共同决定", "transferTarget", "OWNERS_ASSEMBLY",
                "link", "/assemblies/1")).post("/api/proposals/" + transferred + "/review").then().statusCode(204);
        given().get("/api/proposals/" + transferred).then().body("transferTarget", equalTo("OWNERS_ASSEMBLY"))
                .body("transferLink", equalTo("/assemblies/1"));

        long merged = underReview("路灯不亮");
        as(staff).body(Map.of("outcome", "MERGED", "mergeInto", merged)).post("/api/proposals/" + merged + "/review")
                .then().statusCode(409).body("code", equalTo("proposal.merge.into-itself"));
        as(staff).body(Map.of("outcome", "MERGED", "mergeInto", rejected)).post("/api/proposals/" + merged + "/review")
                .then().statusCode(409).body("code", equalTo("proposal.merge.target-closed"));
        as(staff).body(Map.of("outcome", "MERGED", "mergeInto", accepted)).post("/api/proposals/" + merged + "/review")
                .then().statusCode(204);
        given().get("/api/proposals/" + merged).then().body("mergedIntoId", equalTo((int) accepted));
        given().get("/api/proposals/" + accepted).then().body("events.note", hasItem(containsString("并入本议题")));
    }

    long underReview(String title) {
        long id = submit(proposer, title);
        as(staff).post("/api/proposals/" + id + "/review-start").then().statusCode(204);
        return id;
    }

    @Test
    void onlyTheProposerWithdrawsBeforeAnOutcome() {
        long id = submit(proposer, "撤回测试");
        as(data.resident(community)).post("/api/proposals/" + id + "/withdraw").then().statusCode(403);
        as(proposer).post("/api/proposals/" + id + "/withdraw").then().statusCode(204);
        as(proposer).post("/api/proposals/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void listFiltersSearchesAndPages() {
        for (int i = 0; i < 23; i++) {
            submit(proposer, "分页议题" + i);
        }
        long other = as(proposer).body(Map.of("communityId", community, "title", "安全隐患_100%", "description", "消防通道被占",
                "category", "SAFETY")).post("/api/proposals").then().statusCode(201).extract().jsonPath().getLong("id");
        String base = "/api/proposals?community=" + community;
        given().get(base).then().body("total", equalTo(24)).body("items", hasSize(20)).body("pages", equalTo(2))
                .body("items[0].id", equalTo((int) other));
        given().get(base + "&page=1").then().body("items", hasSize(4)).body("page", equalTo(1));
        given().get(base + "&category=SAFETY").then().body("total", equalTo(1));
        given().get(base + "&status=SUBMITTED&category=FACILITIES").then().body("total", equalTo(23));
        given().queryParam("community", community).queryParam("q", "_100%").get("/api/proposals").then().body("total", equalTo(1));
        given().get(base + "&q=分页议题1").then().body("total", equalTo(11));
        given().get(base + "&q=消防通道").then().body("total", equalTo(1));
        given().get(base + "&status=NOPE").then().statusCode(400).body("errors.field", hasItem("status"));
        int total = given().get(base + "&page=99").then().statusCode(200).extract().jsonPath().getInt("page");
        assertEquals(1, total);
    }
}
