package cn.shangliang.notice;

import cn.shangliang.community.Community;
import cn.shangliang.council.CouncilTestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The notice board (公示栏) narrowed by words and by community, with a GET form, pages and an empty state. */
@QuarkusTest
class NoticeSearchTest {

    @Inject
    CouncilTestData data;

    @Inject
    NoticeBoard board;

    void publish(long community, String title, String body) {
        QuarkusTransaction.requiringNew().run(() -> board.publish(new NoticeBoard.Draft(NoticeCategory.GENERAL, community,
                null, title, body, null, null, null, null), "test"));
    }

    @Test
    void wordsAndCommunityNarrowTheBoardAndPagesKeepTheFilter() {
        long east = data.community();
        long west = data.community();
        String word = "词" + UUID.randomUUID().toString().substring(0, 6);
        publish(east, "东区" + word + "停水通知", "周三停水");
        publish(east, "东区开会", "正文提到" + word);
        publish(west, "西区" + word + "通知", "x");
        publish(east, "东区其他", "无关");

        given().get("/notices?q=" + word).then().statusCode(200)
                .body(containsString("东区" + word + "停水通知")).body(containsString("东区开会"))
                .body(containsString("西区" + word + "通知")).body(not(containsString("东区其他")))
                .body(containsString("value=\"" + word + "\""));
        given().get("/notices?q=" + word + "&community=" + east).then().statusCode(200)
                .body(containsString("东区" + word + "停水通知")).body(not(containsString("西区" + word)))
                .body(containsString("<option value=\"" + east + "\" selected>"));
        given().get("/notices?community=" + west).then()
                .body(containsString("西区" + word + "通知")).body(not(containsString("东区")));
        given().get("/api/notices?q=" + word + "&community=" + east).then().statusCode(200)
                .body("$", hasSize(2)).body("communityId", everyItem(equalTo((int) east)));
        // letters match whatever their case
        given().get("/notices?q=" + word.toUpperCase() + "&community=" + west).then()
                .body(containsString("西区" + word + "通知"));

        given().get("/notices?q=" + "无此词" + UUID.randomUUID()).then().statusCode(200)
                .body(containsString("没有符合条件的公示")).body(containsString("href=\"/notices\""));
        given().cookie("sl_lang", "en").get("/notices?q=nothing-" + UUID.randomUUID()).then()
                .body(containsString("No notices match")).body(containsString("All communities"));
        given().get("/notices?q=" + "字".repeat(101)).then().statusCode(400);
        given().get("/api/notices?q=" + "%25_").then().statusCode(200);
    }

    @Test
    void thePagerCarriesTheFilter() {
        long community = data.community();
        String word = "页" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < NoticeBoard.PAGE_SIZE + 1; i++) {
            publish(community, word + " 第" + i + "条", "b");
        }
        given().get("/notices?q=" + word + "&community=" + community).then().statusCode(200)
                .body(containsString("/notices?page=1&amp;community=" + community + "&amp;q="))
                .body(not(containsString(word + " 第0条<")));
        given().get("/notices?page=1&q=" + word + "&community=" + community).then().statusCode(200)
                .body(containsString(word + " 第0条<")).body(containsString("/notices?page=0&amp;community="));
        String name = QuarkusTransaction.requiringNew().call(() -> Community.<Community>findById(community).name);
        given().get("/notices").then().body(containsString(">" + name + "</option>"));
    }
}
