package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every audit action the code writes has a label in both languages (issue 19: the audit table shows words, not
 * codes): the actions of {@code audit.record(actor, "…", …)}, of the budget's {@code access.record("…", …)} (which
 * prefixes "budget."), of the community's and hearing's {@code access.audit("…", …)} and of action names built in a
 * variable ({@code "assembly.ballot.cast"}).
 */
class AuditLabelsLintTest {

    private static final Pattern AUDIT = Pattern.compile("audit\\.record\\([^;]*?,\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern BUDGET = Pattern.compile("access\\.record\\(\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern ACCESS = Pattern.compile("access\\.audit\\(\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern BUILT = Pattern.compile("\"(assembly\\.ballot\\.[a-z]+|assembly\\.close)\"");

    @Test
    void everyAuditActionHasALabelInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        for (Path file : CjkLiteralLintTest.javaFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            collect(AUDIT.matcher(text), "", actions);
            collect(BUDGET.matcher(text), "budget.", actions);
            collect(ACCESS.matcher(text), "", actions);
            collect(BUILT.matcher(text), "", actions);
        }
        // "proposal.review." + the outcome in lower case
        List.of("accepted", "merged", "answered", "transferred", "rejected").forEach(o -> actions.add("proposal.review." + o));
        actions.remove("proposal.review.");
        assertTrue(actions.size() > 120, "too few actions found: " + actions.size());
        List<String> missing = new java.util.ArrayList<>();
        for (String language : List.of("zh", "en")) {
            Properties labels = load(language);
            actions.stream().filter(a -> labels.getProperty("audit.action." + a) == null).forEach(a -> missing.add(language + " " + a));
        }
        assertEquals(List.of(), missing, "add audit.action.<code> to i18n/labels_zh|en.properties");
    }

    private static void collect(Matcher m, String prefix, Set<String> into) {
        while (m.find()) {
            into.add(prefix + m.group(1));
        }
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/labels_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
