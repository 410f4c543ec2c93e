package cn.shangliang.home;

import cn.shangliang.budget.BudgetFixtures;
import cn.shangliang.common.security.Role;
import cn.shangliang.council.CouncilTestData;
import cn.shangliang.identity.Scope;
import cn.shangliang.testsupport.Fixtures;
import cn.shangliang.testsupport.PageCrawler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final int MAX_PAGES_PER_ROLE = 80;

    @Inject
    BudgetFixtures budget;

    @Inject
    CouncilTestData council;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void everyReachablePageIsEnglishForEveryRole() {
        CouncilTestData.Board board = council.board(3);
        long community = board.communityId();
        Fixtures.User resident = budget.resident(community);
        BudgetFixtures.Place place = new BudgetFixtures.Place(community, board.staff());
        long cycle = BudgetFixtures.openCycle(place, null);
        BudgetFixtures.propose(resident.token(), cycle, "Handrails", 60000);
        given().auth().oauth2(resident.token()).contentType(ContentType.JSON)
                .body(Map.of("communityId", community, "title", "Fitness bars", "description", "Loose bars",
                        "category", "FACILITIES", "place", "Garden"))
                .post("/api/proposals").then().statusCode(201);
        long subdistrict = subdistrictOf(community);

        Map<String, String> visitors = new LinkedHashMap<>();
        visitors.put("guest", null);
        visitors.put("resident", resident.token());
        visitors.put("council chair", board.chair().user().token());
        visitors.put("council member", board.members().get(1).user().token());
        visitors.put("community staff", board.staff().token());
        visitors.put("subdistrict admin", fixtures.user(Role.SUBDISTRICT_ADMIN, Scope.Type.SUBDISTRICT, subdistrict).token());
        visitors.put("supervisor", fixtures.user(Role.SUPERVISOR, Scope.Type.SUBDISTRICT, subdistrict).token());

        Set<String> userData = userData();
        List<String> chinese = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, String> visitor : visitors.entrySet()) {
            for (Map.Entry<String, String> page : crawl(visitor.getValue()).entrySet()) {
                pages++;
                String text = visibleText(page.getValue(), userData);
                Matcher m = CJK.matcher(text);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    chinese.add(visitor.getKey() + " " + page.getKey() + ": …"
                            + text.substring(from, Math.min(text.length(), m.end() + 30)).replaceAll("\\s+", " ") + "…");
                }
            }
        }
        System.out.println("English crawl: " + pages + " pages for " + visitors.size() + " visitors");
        assertTrue(pages > visitors.size() * 3, "the crawl found too few pages: " + pages);
        assertEquals(List.of(), chinese, "Chinese outside user data on English pages");
    }

    @Test
    void apiErrorsAnswerInEnglish() {
        Fixtures.User resident = budget.resident(council.community());
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

    private long subdistrictOf(long community) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT subdistrict_id FROM community WHERE id = ?1").setParameter(1, community)
                .getSingleResult()).longValue());
    }
}
