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
        assertEquals(List.of(), mentions(COMMON, FEATURE),
                "common must not depend on a feature: declare an interface the feature implements");
    }

    /** Notification is used by every feature and knows people only through its {@code People} interface. */
    @Test
    void notificationImportsNoFeature() throws IOException {
        assertEquals(List.of(), mentions(Path.of("src/main/java/cn/shangliang/notification"),
                        Pattern.compile("cn\\.shangliang\\.(?!common\\.|notification\\.)([a-z]+)\\.")),
                "notification must not depend on a feature: ask through notification.People, which a feature implements");
    }

    /** Each import or fully qualified name under {@code folder} that {@code feature} matches, with its file. */
    private static List<String> mentions(Path folder, Pattern feature) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = feature.matcher(Files.readString(p));
                    return m.results().map(r -> folder.relativize(p) + ": " + r.group()).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
