package cn.shangliang.lint;

import cn.shangliang.common.i18n.Labels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The errors and labels bundles are complete: zh and en have the same keys, every code the Java code refuses
 * with has a text, every labelled enum constant has a label, and every text is a valid MessageFormat pattern.
 */
class ErrorBundleTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");
    private static final String CODE = "\"([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)\"";
    /** Calls whose (first or named) string argument is an errors-bundle code. */
    private static final List<Pattern> CODE_USES = List.of(
            Pattern.compile("RuleViolation\\.(?:invalid|conflict|forbidden|notFound)\\(\\s*" + CODE),
            Pattern.compile("DomainException\\.(?:badInput|conflict|forbidden|notFound)\\(\\s*" + CODE),
            Pattern.compile("DomainException\\.of\\([^,]+,\\s*" + CODE),
            Pattern.compile("DomainException\\.withCode\\([^,]+,\\s*\"[^\"]+\",\\s*" + CODE),
            Pattern.compile("requireText\\([^,]+,\\s*" + CODE),
            Pattern.compile("FieldError(?:\\.of)?\\(\\s*[^,]+,\\s*" + CODE));
    private static final Pattern WORKFLOW = Pattern.compile("TransitionTable\\.builder\\(\\w+\\.class,\\s*\"([^\"]+)\"\\)");
    private static final Pattern LABELLED = Pattern.compile("package ([\\w.]+);[\\s\\S]*?public enum (\\w+) implements[^{]*\\bLabelled\\b");

    @Test
    void zhAndEnHaveTheSameKeys() throws IOException {
        for (String bundle : List.of("errors", "labels")) {
            Set<String> zh = keys(bundle, "zh");
            Set<String> en = keys(bundle, "en");
            assertTrue(zh.size() > 10, bundle + ": bundle not found");
            Set<String> onlyZh = new TreeSet<>(zh);
            onlyZh.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(zh);
            assertEquals(Set.of(), onlyZh, bundle + "_en lacks these keys");
            assertEquals(Set.of(), onlyEn, bundle + "_zh lacks these keys");
        }
    }

    @Test
    void everyCodeUsedInJavaHasAText() throws IOException {
        Set<String> known = keys("errors", "zh");
        Set<String> missing = new TreeSet<>();
        for (Path file : CjkLiteralLintTest.javaFiles()) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            for (Pattern use : CODE_USES) {
                Matcher m = use.matcher(source);
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
            Matcher workflow = WORKFLOW.matcher(source);
            while (workflow.find()) {
                String code = workflow.group(1) + ".transition.not-allowed";
                if (!known.contains(code)) {
                    missing.add(file.getFileName() + ": " + code);
                }
            }
        }
        assertEquals(Set.of(), missing, "add these codes to i18n/errors_zh|en.properties");
    }

    @Test
    void everyLabelledConstantHasALabel() throws Exception {
        Set<String> zh = keys("labels", "zh");
        List<String> missing = new ArrayList<>();
        int enums = 0;
        for (Path file : CjkLiteralLintTest.javaFiles()) {
            Matcher m = LABELLED.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (m.find()) {
                enums++;
                for (Object constant : Class.forName(m.group(1) + "." + m.group(2)).getEnumConstants()) {
                    String key = Labels.key((Enum<?>) constant);
                    if (!zh.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertTrue(enums >= 20, "labelled enums not found: " + enums);
        assertEquals(List.of(), missing, "add these labels to i18n/labels_zh|en.properties");
    }

    @Test
    void textsAreValidPatternsAndEnglishIsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of("errors", "labels")) {
            for (String language : List.of("zh", "en")) {
                Properties texts = load(bundle, language);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(bundle + "_" + language + " " + key + ": " + e.getMessage());
                    }
                    if (language.equals("en") && CJK.matcher(text).find()) {
                        problems.add(bundle + "_en " + key + " holds Chinese: " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Errors and notification texts always go through MessageFormat, where a lone apostrophe starts a quote and
     * vanishes ("Enter the card's PIN" showed as "Enter the cards PIN"): write it as two.
     */
    @Test
    void apostrophesAreDoubledInFormattedBundles() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of("errors", "notifications")) {
            for (String language : List.of("zh", "en")) {
                Properties texts = load(bundle, language);
                for (String key : texts.stringPropertyNames()) {
                    if (lone.matcher(texts.getProperty(key)).find()) {
                        problems.add(bundle + "_" + language + " " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "write ' as '' in these texts");
    }

    private static Set<String> keys(String bundle, String language) throws IOException {
        return new TreeSet<>(load(bundle, language).stringPropertyNames());
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(bundle + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
