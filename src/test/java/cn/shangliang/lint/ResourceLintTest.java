package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules for templates, message bundles and migrations, checked on the source files. */
class ResourceLintTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path MIGRATIONS = Path.of("migrations");
    private static final Pattern POST_FORM = Pattern.compile(
            "<form\\b[^>]*\\bmethod\\s*=\\s*[\"']?post[\"']?[^>]*>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE\\s+TABLE", Pattern.CASE_INSENSITIVE);
    private static final Pattern UTF8MB4 = Pattern.compile(
            "DEFAULT\\s+CHARSET\\s*=\\s*utf8mb4\\s+COLLATE\\s*=\\s*utf8mb4_\\w+", Pattern.CASE_INSENSITIVE);

    @Test
    void everyPostFormCarriesTheCsrfToken() throws IOException {
        List<String> missing = new ArrayList<>();
        int forms = 0;
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher form = POST_FORM.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (form.find()) {
                forms++;
                if (!form.group(1).contains("{#include tags/csrf /}")) {
                    missing.add(TEMPLATES.relativize(file) + ": " + form.group().lines().findFirst().orElse(""));
                }
            }
        }
        assertTrue(forms > 0, "no POST forms found: is the template folder right?");
        assertEquals(List.of(), missing, "add {#include tags/csrf /} inside each POST form");
    }

    @Test
    void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        List<Path> bundles = files(MESSAGES, ".properties");
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        for (Path zh : bundles.stream().filter(p -> p.getFileName().toString().endsWith("_zh.properties")).toList()) {
            Path en = zh.resolveSibling(zh.getFileName().toString().replaceFirst("_zh\\.properties$", "_en.properties"));
            if (!Files.exists(en)) {
                problems.add(MESSAGES.relativize(zh) + " has no _en twin");
                continue;
            }
            pairs++;
            Set<String> zhKeys = keys(zh);
            Set<String> enKeys = keys(en);
            if (!zhKeys.equals(enKeys)) {
                Set<String> onlyZh = new TreeSet<>(zhKeys);
                onlyZh.removeAll(enKeys);
                Set<String> onlyEn = new TreeSet<>(enKeys);
                onlyEn.removeAll(zhKeys);
                problems.add(MESSAGES.relativize(zh) + ": only in zh " + onlyZh + ", only in en " + onlyEn);
            }
        }
        for (Path en : bundles.stream().filter(p -> p.getFileName().toString().endsWith("_en.properties")).toList()) {
            Path zh = en.resolveSibling(en.getFileName().toString().replaceFirst("_en\\.properties$", "_zh.properties"));
            if (!Files.exists(zh)) {
                problems.add(MESSAGES.relativize(en) + " has no _zh twin");
            }
        }
        assertTrue(pairs > 0, "no bundles found");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyMigratedTableIsUtf8mb4() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> migrations = files(MIGRATIONS, ".sql");
        assertFalse(migrations.isEmpty(), "no migrations found");
        for (Path file : migrations) {
            String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            for (String statement : sql.split(";")) {
                Matcher create = CREATE_TABLE.matcher(statement);
                if (create.find() && !UTF8MB4.matcher(statement).find()) {
                    problems.add(file.getFileName() + ": " + statement.strip().lines().findFirst().orElse(""));
                }
            }
        }
        assertEquals(List.of(), problems, "end each CREATE TABLE with "
                + "ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
    }

    @Test
    void everyMigrationIsPackaged() throws IOException {
        for (Path file : files(MIGRATIONS, ".sql")) {
            assertTrue(Files.exists(Path.of("target/classes/migrations").resolve(file.getFileName())),
                    file.getFileName() + " is not in target/classes/migrations");
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
