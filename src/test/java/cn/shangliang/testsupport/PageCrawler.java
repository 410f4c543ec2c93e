package cn.shangliang.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Follows same-origin links from the home page as one visitor (bearer token or none) in one language, GETs only,
 * bounded; what the page-wide scans (English pages, no internal codes, no server errors) read. User data (every stored text that
 * a pattern matches) can be cut out of the visible text, since only what Java and templates write is checked.
 */
public final class PageCrawler {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern ZH_ELEMENT = Pattern.compile("<(\\w+)[^>]*\\blang=\"zh\"[^>]*>.*?</\\1>", Pattern.DOTALL);
    /** Links that change state or leave the HTML UI (GET-safe endpoints only are crawled). */
    private static final List<String> SKIPPED = List.of("/logout", "/prefs", "/api/", "/q/", "/css/",
            // files, not pages (issue 14): exports, PDFs, calendars
            "/exports/", "/documents/", "/calendar/", "/audit/export");

    /** The codes the audit page replaces by their labels (as {@code common.audit.AuditCells} finds them). */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");

    private PageCrawler() {
    }

    /** One visited link: its status, content type and body. */
    public record Page(String path, int status, String contentType, String body) {
        public boolean html() {
            return contentType != null && contentType.startsWith("text/html");
        }
    }

    /** Path (with status) → HTML of every page reached, at most {@code maxPages}. */
    public static Map<String, String> crawl(String token, String lang, int maxPages) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Page page : visit(token, lang, maxPages)) {
            if (page.html()) {
                seen.put(page.path() + " (" + page.status() + ")", page.body());
            }
        }
        return seen;
    }

    /**
     * Every link reached (HTML or not, with its status), at most {@code maxPages} HTML pages; what the crawl for
     * server errors reads.
     */
    public static List<Page> visit(String token, String lang, int maxPages) {
        List<Page> pages = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> queued = new LinkedHashSet<>(queue);
        int html = 0;
        while (!queue.isEmpty() && html < maxPages) {
            String path = queue.poll();
            RequestSpecification request = given().redirects().follow(false).cookie("sl_lang", lang);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            Response response = request.get(path);
            Page page = new Page(path, response.statusCode(), response.getContentType(), response.asString());
            pages.add(page);
            if (!page.html()) {
                continue;
            }
            html++;
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

    /** The page's text without tags, user data and elements marked as Chinese. */
    public static String visibleText(String html, Set<String> userData) {
        String text = ZH_ELEMENT.matcher(html).replaceAll(" ");
        text = text.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
        for (String value : userData) {
            text = text.replace(value, " ");
        }
        return text;
    }

    /** Every stored text line (varchar/text columns) that {@code keep} accepts, longest first. */
    public static Set<String> userData(EntityManager em, Predicate<String> keep) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('varchar', 'text', 'mediumtext', 'longtext', 'char')")
                    .getResultList();
            List<String> values = new ArrayList<>();
            for (Object[] column : columns) {
                @SuppressWarnings("unchecked")
                List<Object> rows = em.createNativeQuery("SELECT DISTINCT `" + column[1] + "` FROM `" + column[0]
                        + "` LIMIT 5000").getResultList();
                for (Object row : rows) {
                    if (row != null) {
                        row.toString().lines().map(String::strip).filter(l -> !l.isEmpty() && keep.test(l)).forEach(l -> {
                            values.add(l);
                            // the audit page shows a stored summary with its codes (COUNCIL, SATISFIED) by their
                            // label: the stored text around the codes is still the user's data
                            CODE.splitAsStream(l).map(String::strip).filter(p -> !p.isEmpty() && keep.test(p))
                                    .forEach(values::add);
                        });
                    }
                }
            }
            values.sort(Comparator.comparingInt(String::length).reversed());
            return new LinkedHashSet<>(values);
        });
    }

    /** The first match of {@code pattern} in {@code text} with 30 characters either side, or null. */
    public static String excerpt(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        int from = Math.max(0, m.start() - 30);
        return "…" + text.substring(from, Math.min(text.length(), m.end() + 30)).replaceAll("\\s+", " ") + "…";
    }
}
