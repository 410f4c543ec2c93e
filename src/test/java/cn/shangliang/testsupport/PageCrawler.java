package cn.shangliang.testsupport;

import cn.shangliang.common.audit.AuditCells;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * Follows same-origin links from the home page as one visitor (bearer token or none) in one language, GETs only,
 * bounded; what the page-wide scans (English pages, no internal codes, no server errors) read. User data (every stored text that
 * a pattern matches) can be cut out of the visible text, since only what Java and templates write is checked.
 */
public final class PageCrawler {

    /** Same-origin links, and the actions of GET forms (searches, filters), which a visitor submits as links. */
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)|<form method=\"get\" action=\"(/[^\"#]*)\"");
    /**
     * Visits of one route (its path with numbers as "#", any query) at most: a list's pages, filters and sort
     * orders are the same page, and the bound is for other pages.
     */
    private static final int VISITS_PER_ROUTE = 3;
    private static final Pattern ZH_ELEMENT = Pattern.compile("<(\\w+)[^>]*\\blang=\"zh\"[^>]*>.*?</\\1>", Pattern.DOTALL);
    /** Links that change state or leave the HTML UI (GET-safe endpoints only are crawled). */
    private static final List<String> SKIPPED = List.of("/logout", "/prefs", "/api/", "/q/", "/css/",
            // files, not pages (issue 14): exports, PDFs, calendars
            "/exports/", "/documents/", "/calendar/", "/audit/export");

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
        Map<String, Integer> visitsOfRoute = new HashMap<>();
        int html = 0;
        while (!queue.isEmpty() && html < maxPages) {
            String path = queue.poll();
            if (visitsOfRoute.merge(route(path), 1, Integer::sum) > VISITS_PER_ROUTE) {
                continue;
            }
            RequestSpecification request = given().redirects().follow(false).cookie("sl_lang", lang);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            Response response = request.get(path);
            Page page = new Page(path, response.statusCode(), response.getContentType(), response.asString());
            pages.add(page);
            String location = response.getHeader("Location");
            if (page.status() / 100 == 3 && location != null) {
                follow(location.replaceFirst("^https?://[^/]+", ""), queue, queued);
            }
            if (!page.html()) {
                continue;
            }
            html++;
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                follow((link.group(1) != null ? link.group(1) : link.group(2)).replace("&amp;", "&"), queue, queued);
            }
        }
        return pages;
    }

    private static void follow(String link, Deque<String> queue, Set<String> queued) {
        if (link.startsWith("/") && crawlable(link) && queued.add(link)) {
            queue.add(link);
        }
    }

    private static boolean crawlable(String path) {
        return SKIPPED.stream().noneMatch(path::startsWith) && !path.replaceAll("[?#].*", "").endsWith("/export");
    }

    /** The route a path belongs to: numbers as "#", no query. */
    private static String route(String path) {
        return path.replaceAll("[?#].*", "").replaceAll("/\\d+(?=/|$)", "/#");
    }

    /**
     * The GET routes that render a page (a template, or HTML by {@code @Produces}) as path templates, from the
     * compiled resources; what a crawl is measured against.
     */
    public static List<String> pageRoutes() {
        return Endpoints.all().stream()
                .filter(e -> "GET".equals(e.httpMethod()) && !e.path().startsWith("/api/") && crawlable(e.path()) && html(e))
                .map(Endpoints.Endpoint::path).distinct().sorted().toList();
    }

    /** The page routes that none of {@code paths} (as crawled, query strings allowed) reaches. */
    public static List<String> notReached(Collection<String> paths) {
        List<String> bare = paths.stream().map(p -> p.replaceAll("[?#].*", "")).distinct().toList();
        return pageRoutes().stream().filter(route -> {
            Pattern pattern = Pattern.compile(Arrays.stream(route.split("\\{[^/]*?\\}", -1)).map(Pattern::quote)
                    .collect(Collectors.joining("[^/]+")));
            return bare.stream().noneMatch(p -> pattern.matcher(p).matches());
        }).toList();
    }

    private static boolean html(Endpoints.Endpoint e) {
        if (TemplateInstance.class.isAssignableFrom(e.method().getReturnType())) {
            return true;
        }
        Produces produces = e.method().isAnnotationPresent(Produces.class) ? e.method().getAnnotation(Produces.class)
                : e.type().getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).anyMatch(v -> v.startsWith(MediaType.TEXT_HTML));
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
                            AuditCells.CODE.splitAsStream(l).map(String::strip).filter(p -> !p.isEmpty() && keep.test(p))
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
