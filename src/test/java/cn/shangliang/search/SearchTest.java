package cn.shangliang.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import cn.shangliang.discussion.DiscussionTestData;
import cn.shangliang.proposal.ProposalStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one search box: across kinds, Chinese and full-width text, what may be seen, highlights, pages. */
@QuarkusTest
class SearchTest {

    @Inject
    DiscussionTestData data;

    @Inject
    EntityManager em;

    DiscussionTestData.Place place;
    /** A word no other test writes, so the shared database's other rows do not match. */
    String word;

    @BeforeEach
    void setUp() {
        place = data.place();
        word = "梯" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Transactional
    void retitle(long proposal, String title) {
        em.createNativeQuery("UPDATE proposal SET title = ?1 WHERE id = ?2").setParameter(1, title).setParameter(2, proposal).executeUpdate();
    }

    private long comment(String body) {
        return given().auth().oauth2(place.resident().token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PROPOSAL", "subjectId", place.proposalId(), "body", body))
                .post("/api/comments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void oneQueryFindsProposalsAndCommentsGroupedByKindWithFullWidthTextFolded() {
        retitle(place.proposalId(), "加装电" + word + "的议题");
        comment("我同意加装电" + word.toUpperCase() + "，三楼老人多");
        String fullWidth = new StringBuilder().appendCodePoint(0xFF21).toString();
        comment("全角" + fullWidth + "BC" + word);
        given().get("/api/search?q=" + word).then().statusCode(200)
                .body("groups.kind", contains("PROPOSAL", "COMMENT"))
                .body("groups[0].count", equalTo(1)).body("groups[0].hits[0].link", equalTo("/proposals/" + place.proposalId()))
                .body("groups[1].count", equalTo(2));
        given().get("/api/search?q=abc" + word).then().body("groups[0].kind", equalTo("COMMENT"))
                .body("groups[0].count", equalTo(1));
        given().get("/search?q=" + word).then().statusCode(200)
                .body(containsString("<mark>" + word + "</mark>"))
                .body(containsString("<h2 id=\"group-PROPOSAL\">议题"))
                .body(containsString("<h2 id=\"group-COMMENT\">评论"));
        given().cookie("sl_lang", "en").get("/search?q=" + word).then().body(containsString("Comments <small>(2)</small>"));
    }

    @Test
    void hiddenCommentsAreNotFoundAndTheQueryIsEscaped() {
        long id = comment("广告" + word);
        given().auth().oauth2(place.staff().token()).contentType(ContentType.JSON).body(Map.of("reason", "广告"))
                .post("/api/comments/" + id + "/hide").then().statusCode(204);
        given().get("/api/search?q=" + word).then().body("groups", hasSize(0));
        given().get("/search?q=<script>" + word).then().statusCode(200)
                .body(containsString("&lt;script&gt;" + word)).body(not(containsString("<script>" + word)));
        given().get("/api/search?q=" + "长".repeat(101)).then().statusCode(400);
        given().get("/api/search?q=%25").then().statusCode(200);
        given().get("/api/search?q=").then().statusCode(200).body("groups", hasSize(0));
        given().get("/api/search?q=x&kind=NOPE").then().statusCode(400);
    }

    @Test
    void oneKindIsShownTwentyAPageWithAPager() {
        String encoded = java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 23; i++) {
            long p = data.proposal(place.communityId(), place.proposer().accountId(), ProposalStatus.SUBMITTED);
            retitle(p, "第" + i + "个" + word);
        }
        given().get("/api/search?q=" + word).then().body("groups[0].hits", hasSize(5)).body("groups[0].more", equalTo(true));
        given().get("/api/search?q=" + word + "&kind=PROPOSAL").then().body("groups[0].hits", hasSize(20))
                .body("groups[0].count", equalTo(23));
        given().get("/api/search?q=" + word + "&kind=PROPOSAL&page=1").then().body("groups[0].hits", hasSize(3))
                .body("groups[0].more", equalTo(false));
        given().get("/search?q=" + word + "&kind=PROPOSAL").then()
                .body(containsString("/search?page=1&amp;q=" + encoded + "&amp;kind=PROPOSAL"));
        given().get("/search?q=" + word).then().body(containsString("/search?q=" + encoded + "&amp;kind=PROPOSAL"));
    }
}
