package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Entities map the schema and the migrations define it (docs/adr/0016-entities-map-migrations-define.md): a column
 * annotation says only what Hibernate checks or uses, and each column stands on one line, so an entity reads like
 * its {@code CREATE TABLE}. Hibernate's {@code validate} at start catches a wrong mapping; this catches a restated one.
 */
class EntityLintTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?<annotations>(@\\w+(\\([^)]*\\))?\\s+)*)(public |protected |private )?(final )?"
                    + "(?<type>[\\w<>\\[\\], .]+?)\\s+(?<name>\\w+)\\s*(=[^;]*)?;\\s*$");
    private static final Pattern COLUMN_NAME = Pattern.compile("@Column\\([^)]*name = \"(\\w+)\"");
    private static final Pattern LONE_MAPPING = Pattern.compile(
            "^\\s*@(Id|Version|Column|Enumerated|Convert|Lob|Basic|GeneratedValue)\\b[^;]*$");
    private static final Pattern DDL_ONLY = Pattern.compile("\\b(columnDefinition|length|precision|scale|unique) =");
    private static final List<String> PRIMITIVES = List.of("long", "int", "short", "byte", "boolean", "double");

    /** The column name {@code PhysicalNamingStrategySnakeCaseImpl} gives a field name. */
    static String snakeCase(String field) {
        StringBuilder out = new StringBuilder(field);
        for (int i = 1; i < out.length() - 1; i++) {
            char before = out.charAt(i - 1);
            char after = out.charAt(i + 1);
            if ((Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(out.charAt(i))
                    && (Character.isLowerCase(after) || Character.isDigit(after))) {
                out.insert(i++, '_');
            }
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theNamingRuleIsHibernates() {
        assertEquals("community_id", snakeCase("communityId"));
        assertEquals("proposed_cost_fen", snakeCase("proposedCostFen"));
        assertEquals("wechat_open_id", snakeCase("wechatOpenId"));
        assertEquals("area_m2", snakeCase("areaM2"));
        assertEquals("title", snakeCase("title"));
    }

    @Test
    void columnsSayOnlyWhatTheMigrationsCannot() {
        assertEquals(List.of(), findings(), "see docs/adr/0016-entities-map-migrations-define.md");
    }

    private static List<String> findings() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.stream().noneMatch(l -> l.startsWith("@Entity") || l.startsWith("@MappedSuperclass"))) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    check(MAIN.relativize(file) + ":" + (i + 1), lines.get(i), found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void check(String where, String line, List<String> found) {
        if (LONE_MAPPING.matcher(line).matches()) {
            found.add(where + ": put the column's annotations on its field's line");
            return;
        }
        Matcher field = FIELD.matcher(line);
        if (!field.matches() || line.contains(" static ")) {
            return;
        }
        String annotations = field.group("annotations");
        Matcher name = COLUMN_NAME.matcher(annotations);
        if (name.find() && name.group(1).equals(snakeCase(field.group("name")))) {
            found.add(where + ": the naming rule already gives \"" + name.group(1) + "\"");
        }
        if (DDL_ONLY.matcher(annotations).find() && !annotations.contains("BLOB")) {
            found.add(where + ": the column's type belongs in the migration");
        }
        if (annotations.contains("nullable = false") && PRIMITIVES.contains(field.group("type").trim())) {
            found.add(where + ": a primitive column is NOT NULL by itself");
        }
    }
}
