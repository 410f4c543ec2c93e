package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ground floor ({@code common}) depends on nothing above it: no import or fully qualified name of a feature
 * package. Where common needs something a feature knows (an account's name, a community's), it declares an
 * interface the feature implements (e.g. {@code common.audit.AccountNames}).
 */
class LayersLintTest {

    private static final Path COMMON = Path.of("src/main/java/cn/shangliang/common");
    private static final Pattern FEATURE = Pattern.compile("cn\\.shangliang\\.(?!common\\.)([a-z]+)\\.");

    @Test
    void commonImportsNoFeature() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(COMMON)) {
            found = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = FEATURE.matcher(Files.readString(p));
                    return m.results().map(r -> COMMON.relativize(p) + ": " + r.group()).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
        assertEquals(List.of(), found, "common must not depend on a feature: declare an interface the feature implements");
    }
}
