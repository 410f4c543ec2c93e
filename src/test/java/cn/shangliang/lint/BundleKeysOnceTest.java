package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every key of every message bundle is defined once. A second definition silently wins over the first (the
 * card login page once showed the staff page's shorter label this way), and merged branches that each append
 * to a bundle make such repeats easy to miss.
 */
class BundleKeysOnceTest {

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String text = line.strip();
                    int eq = text.indexOf('=');
                    if (text.isEmpty() || text.startsWith("#") || eq < 0 || line.startsWith(" ")) {
                        continue;
                    }
                    String key = text.substring(0, eq).strip();
                    if (!seen.add(key)) {
                        repeated.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), repeated, "keys defined more than once");
    }
}
