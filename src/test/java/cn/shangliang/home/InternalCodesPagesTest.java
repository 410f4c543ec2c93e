package cn.shangliang.home;

import cn.shangliang.testsupport.PageCrawler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages speak to people, not to the program (issue 19): every page each visitor reaches from the home page, in
 * Chinese and in English, shows no internal code — enum names such as AGREE, code lists such as "1=AGREE;…",
 * record keys such as {@code o85} or {@code account:1}, message codes such as
 * {@code hearing.report.record-not-confirmed}, rule codes such as {@code equalshares/add1}. Stored user texts are
 * cut out first unless they look like codes themselves (a stored code shown as is is exactly the fault).
 */
@QuarkusTest
class InternalCodesPagesTest {

    /** What a code looks like on a page; each with the reason it is one. */
    static final Map<String, Pattern> CODES = new LinkedHashMap<>();

    static {
        CODES.put("enum name", Pattern.compile("(?<![\\w-])(?!(?:HTTPS?|JSON|HMAC|SHA|UTC|HTML|CSRF|CSV|PDF|UUID|TOTP|PIN|CPPCC|SPC|AES|GCM)\\b)[A-Z]{3,}(?:_[A-Z]+)*(?![\\w-])"));
        CODES.put("code list", Pattern.compile("\\d=[A-Z]{3,}"));
        CODES.put("record key", Pattern.compile("(?<![\\w-])(?:o\\d+|account:\\d+|card:\\d+|owner:\\d+)(?![\\w-])"));
        CODES.put("message code", Pattern.compile("(?<![\\w/.-])(?:hearing|budget|assembly|council|proposal|notice|field|identity"
                + "|community|card|account|common|meeting|audit|roster|onboarding)\\.[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+"));
        CODES.put("rule code", Pattern.compile("(?<![\\w/-])(?:equalshares(?:/add1)?(?:-comparison)?|greedy(?:-no-skip|-threshold)?)(?![\\w/-])(?! by)"));
    }

    private static final int MAX_PAGES_PER_ROLE = 80;
    private static final Pattern RAW_CELL = Pattern.compile("(?s)<td data-raw[ >].*?</td>");

    @Inject
    CrawlVisitors crawlVisitors;

    @Inject
    EntityManager em;

    @Test
    void noPageShowsAnInternalCodeToAnyVisitorInEitherLanguage() {
        Map<String, String> visitors = crawlVisitors.visitors();
        // stored texts long enough to be names or titles; a stored code is never cut out (showing it is the fault)
        Set<String> userData = PageCrawler.userData(em, line -> line.length() >= 4 && line.codePoints().anyMatch(Character::isLetter)
                && CODES.values().stream().noneMatch(p -> p.matcher(line).matches()));
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (String lang : List.of("zh", "en")) {
            for (Map.Entry<String, String> visitor : visitors.entrySet()) {
                Map<String, String> crawled = PageCrawler.crawl(visitor.getValue(), lang, MAX_PAGES_PER_ROLE);
                System.out.println("internal-code crawl " + lang + " " + visitor.getKey() + ": " + crawled.size() + " pages");
                for (Map.Entry<String, String> page : crawled.entrySet()) {
                    pages++;
                    // cells marked data-raw are records shown exactly as stored or hashed (the audit log's summary,
                    // a lottery step's hashed message, which anyone must be able to recompute letter for letter)
                    String html = RAW_CELL.matcher(page.getValue()).replaceAll(" ");
                    String text = PageCrawler.visibleText(html, userData);
                    for (Map.Entry<String, Pattern> code : CODES.entrySet()) {
                        String excerpt = PageCrawler.excerpt(code.getValue(), text);
                        if (excerpt != null) {
                            found.add(lang + " " + visitor.getKey() + " " + page.getKey() + " " + code.getKey() + ": " + excerpt);
                        }
                    }
                }
            }
        }
        System.out.println("internal-code crawl: " + pages + " pages for " + visitors.size() + " visitors in 2 languages");
        assertTrue(pages > visitors.size() * 6, "the crawl found too few pages: " + pages);
        assertEquals(List.of(), found, "internal codes on pages");
    }

    @Test
    void thePatternsCatchTheCodesTheIssueSaw() {
        for (String seen : List.of("您当前的选择：AGREE", "1=AGREE;2=OPPOSE", "业主 o85", "account:1",
                "hearing.report.record-not-confirmed", "规则 equalshares/add1", "greedy")) {
            assertTrue(CODES.values().stream().anyMatch(p -> p.matcher(seen).find()), seen);
        }
        for (String fine : List.of("Download CSV", "SHA-256", "ABCD-EFGH-JKLM-NPQR", "Good morning", "v1.2.3",
                "/budget/cycles/3", "compared with greedy by votes", "6-digit PIN")) {
            assertTrue(CODES.values().stream().noneMatch(p -> p.matcher(fine).find()), fine);
        }
    }
}
