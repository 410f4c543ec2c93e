package cn.shangliang.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Follows the links a visitor sees, from the home page: same-origin GETs only, breadth first, bounded. Shared by
 * the crawls that check every reachable page (English only, no server errors).
 */
public final class PageCrawler {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    /** Links that change state or leave the HTML UI (GET-safe endpoints only are crawled). */
    private static final List<String> SKIPPED = List.of("/logout", "/prefs", "/api/", "/q/", "/css/");

    /** One visited link: its status, content type and body. */
    public record Page(String path, int status, String contentType, String body) {
        public boolean html() {
            return contentType != null && contentType.startsWith("text/html");
        }
    }

    private PageCrawler() {
    }

    /** Every page reachable from "/" for the visitor holding {@code token} (null: a guest), in {@code lang}. */
    public static List<Page> crawl(String token, String lang, int maxPages) {
        List<Page> pages = new java.util.ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> queued = new LinkedHashSet<>(queue);
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String path = queue.poll();
            RequestSpecification request = given().redirects().follow(false).cookie("sl_lang", lang);
            if (token != null) {
                request = request.cookie("sl_token", token);
            }
            Response response = request.get(path);
            Page page = new Page(path, response.statusCode(), response.getContentType(), response.asString());
            pages.add(page);
            if (!page.html()) {
                continue;
            }
            Matcher href = HREF.matcher(page.body());
            while (href.find()) {
                String link = href.group(1).replace("&amp;", "&");
                if (SKIPPED.stream().noneMatch(link::startsWith) && queued.add(link)) {
                    queue.add(link);
                }
            }
        }
        return pages;
    }

    /** The pages as the English crawl reports them: "path (status)" → HTML, HTML pages only. */
    public static Map<String, String> htmlByPath(List<Page> pages) {
        Map<String, String> html = new LinkedHashMap<>();
        for (Page p : pages) {
            if (p.html()) {
                html.put(p.path() + " (" + p.status() + ")", p.body());
            }
        }
        return html;
    }
}
