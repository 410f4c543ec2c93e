package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Texts people read live in bundles (errors, labels, page messages), so that the English UI is English: no
 * CJK character in a Java string, text-block or char literal outside the short list below. Comments may
 * quote the law in Chinese.
 */
class CjkLiteralLintTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    /** Whole folders or files that may hold Chinese literals, each with why. */
    static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("cn/shangliang/demo/", "demo data: Chinese names, places and texts of the demo world"),
            Map.entry("Demo.java", "demo data of a feature (file names ending in Demo.java)"),
            Map.entry("cn/shangliang/hearing/HearingNotices.java",
                    "generated notice texts, stored and published as records in Chinese"),
            Map.entry("cn/shangliang/council/CouncilNotices.java",
                    "the council's audit summaries, follow-up and proposal steps and notices, stored as records"),
            Map.entry("cn/shangliang/proposal/ProposalNotices.java",
                    "a proposal's step notes, audit summaries and notices, stored as records"),
            Map.entry("cn/shangliang/budget/BudgetNotices.java",
                    "the budget's audit summaries, which are also its notices' bodies, stored and published as records"),
            Map.entry("cn/shangliang/assembly/ResultText.java", "the published result notice, stored as a record"),
            Map.entry("cn/shangliang/assembly/DecisionNotices.java",
                    "a decision's notice, extension and cancellation, stored and published as records"),
            Map.entry("cn/shangliang/assembly/InspectionNotice.java", "the inspection notice, stored and published as a record"),
            Map.entry("cn/shangliang/notice/AuditHeadNotices.java", "the audit chain head notice, stored and published as a record"),
            Map.entry("cn/shangliang/council/MinutesService.java", "the minutes text, stored and published as a record"),
            Map.entry("cn/shangliang/community/roster/RosterColumn.java",
                    "the Chinese column headings of the roster spreadsheet staff upload (a file format)"),
            Map.entry("cn/shangliang/community/roster/RosterTemplate.java",
                    "the Chinese headings of the roster spreadsheet template (a file format)"),
            Map.entry("cn/shangliang/notification/channel/AliyunSmsReports.java",
                    "the answer Alibaba documents for a received SMS report push ({\"code\":0,\"msg\":\"成功\"}), a protocol constant"),
            Map.entry("cn/shangliang/discussion/DisplayNames.java",
                    "compound Chinese surnames (欧阳, 司马, …): data about names, not text shown as such")));

    @Test
    void noCjkLiteralsOutsideBundles() throws IOException {
        List<String> unexpected = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            if (!allowed(relative)) {
                cjkLiterals(Files.readString(file, StandardCharsets.UTF_8)).forEach(h -> unexpected.add(relative + ": " + h));
            }
        }
        assertEquals(List.of(), unexpected,
                "move these texts to i18n/errors_*.properties, i18n/labels_*.properties or messages/*.properties");
    }

    static boolean allowed(String relative) {
        return ALLOWED.keySet().stream().anyMatch(a -> a.endsWith("/") ? relative.startsWith(a)
                : a.contains("/") ? relative.equals(a) : relative.endsWith(a));
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The literals (with their line) that hold a CJK character; comments are skipped. */
    static List<String> cjkLiterals(String source) {
        List<String> hits = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                boolean block = source.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                int start = i;
                i += close.length();
                while (i < n && !source.startsWith(close, i)) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + close.length());
                String literal = source.substring(start, i);
                if (CJK.matcher(literal).find()) {
                    hits.add("line " + line + " " + literal.lines().findFirst().orElse(""));
                }
                line += count(source, start, i);
            } else {
                i++;
            }
        }
        return hits;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
