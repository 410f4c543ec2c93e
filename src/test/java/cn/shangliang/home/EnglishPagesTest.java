package cn.shangliang.home;

import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.PageCrawler;
import cn.shangliang.testsupport.TestWorld;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The English UI is English: every page a visitor of each role reaches from the home page by following links
 * (same-origin GETs, bounded), rendered with {@code sl_lang=en}, holds no Chinese outside user data. User data
 * is whatever the database stores (names, titles, stored notice and audit texts) and elements marked
 * {@code lang="zh"} (the switch to Chinese); Chinese anywhere else came from Java or a template.
 */
@QuarkusTest
class EnglishPagesTest {

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+");
    private static final int MAX_PAGES_PER_ROLE = 200;

    /**
     * Page routes the crawl does not reach, each with why; every other page route must be reached by some visitor
     * and so be checked here, and a new page is as soon as it is linked from the world of {@link CrawlVisitors}.
     */
    static final Map<String, String> NOT_CRAWLED = Map.ofEntries(
            Map.entry("/setup", "the first run's form, opened with the token printed at start (FirstRunPagesTest)"),
            Map.entry("/card/pin", "shown to a card holder who must still change the first PIN (CardPagesTest)"),
            Map.entry("/hearings/{id}/check-in/qr", "opened by scanning a QR code with its token"),
            Map.entry("/meetings/{id}/check-in/qr", "opened by scanning a QR code with its token"),
            Map.entry("/notifications/wechat/callback", "WeChat's redirect back with a code"),
            Map.entry("/notifications/wechat/bind", "offered only when WeChat is configured"),
            Map.entry("/community/estates/{id}/roster/jobs/{jobId}", "the progress of a roster upload (a form post)"),
            Map.entry("/assembly/{id}/vote/receipt", "the receipt a vote posted on the page redirects to"),
            Map.entry("/assembly/{id}/my", "an owner's ballots, linked from a receipt looked up by its code"),
            Map.entry("/assembly/{id}/my/proof", "a counted ballot's proof, linked from the owner's ballots"),
            Map.entry("/comments/{id}/go", "a search hit's or a notification's link, redirecting to the comment"),
            Map.entry("/attachments/new", "the upload form a page's attachment button posts to"),
            Map.entry("/comments/new", "the comment form a page posts to when the comment is invalid"),
            Map.entry("/hearings/{id}/draw", "a later stage than the world's hearing (open for registration)"),
            Map.entry("/hearings/{id}/session", "a later stage than the world's hearing"),
            Map.entry("/hearings/{id}/record", "a later stage than the world's hearing"),
            Map.entry("/hearings/{id}/report", "a later stage than the world's hearing"),
            Map.entry("/hearings/{id}/edit", "a draft hearing; the world's is announced"),
            Map.entry("/meetings/{id}/edit", "a draft meeting; the world's has its agenda published"),
            Map.entry("/meetings/{id}/minutes", "a later stage than the world's meeting"),
            Map.entry("/follow-ups/{id}", "a resolution's follow-up, a later stage than the world's meeting"),
            Map.entry("/assembly/{id}/inspections/{inspection}", "an inspection requested after the count"),
            Map.entry("/notifications/staff/{communityId}", "staff's notification log of a community"));

    @Inject
    CrawlVisitors crawlVisitors;

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Test
    void everyReachablePageIsEnglishForEveryRole() {
        Map<String, String> visitors = crawlVisitors.visitors();
        Set<String> userData = userData();
        List<String> chinese = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        int pages = 0;
        for (Map.Entry<String, String> visitor : visitors.entrySet()) {
            for (Map.Entry<String, String> page : crawl(visitor.getValue()).entrySet()) {
                pages++;
                reached.add(page.getKey().replaceAll(" \\(\\d+\\)$", ""));
                String excerpt = PageCrawler.excerpt(CJK, visibleText(page.getValue(), userData));
                if (excerpt != null) {
                    chinese.add(visitor.getKey() + " " + page.getKey() + ": " + excerpt);
                }
            }
        }
        List<String> notReached = PageCrawler.notReached(reached);
        System.out.println("English crawl: " + pages + " pages for " + visitors.size() + " visitors; page routes not reached: "
                + notReached);
        assertTrue(pages > visitors.size() * 3, "the crawl found too few pages: " + pages);
        assertEquals(List.of(), chinese, "Chinese outside user data on English pages");
        assertEquals(List.of(), notReached.stream().filter(route -> !NOT_CRAWLED.containsKey(route)).toList(),
                "page routes no visitor reached: link them from the world of CrawlVisitors, or say why in NOT_CRAWLED");
    }

    @Test
    void apiErrorsAnswerInEnglish() {
        Fixtures.User resident = world.resident(world.place().communityId());
        List<String> chinese = new ArrayList<>();
        for (String path : List.of("/api/hearings/999999", "/api/proposals/999999", "/api/councils/999999",
                "/api/budget/cycles/999999", "/api/no-such-thing")) {
            String body = given().auth().oauth2(resident.token()).header("Accept-Language", "en")
                    .get(path).then().extract().asString();
            if (CJK.matcher(body).find()) {
                chinese.add(path + ": " + body);
            }
        }
        String invalid = given().auth().oauth2(resident.token()).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body("{}").post("/api/proposals").then().statusCode(400)
                .extract().asString();
        if (CJK.matcher(invalid).find()) {
            chinese.add("POST /api/proposals {}: " + invalid);
        }
        assertEquals(List.of(), chinese);
    }

    private Map<String, String> crawl(String token) {
        return PageCrawler.crawl(token, "en", MAX_PAGES_PER_ROLE);
    }

    private static String visibleText(String html, Set<String> userData) {
        return PageCrawler.visibleText(html, userData);
    }

    /** Every stored text that holds Chinese, longest first so that a name inside a title goes with the title. */
    private Set<String> userData() {
        return PageCrawler.userData(em, line -> CJK.matcher(line).find());
    }
}
