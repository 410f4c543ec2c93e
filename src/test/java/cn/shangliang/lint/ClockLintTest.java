package cn.shangliang.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every time read names its clock: the app's injected {@code Clock} (rules, dates, windows; moved in tests and by
 * {@code shangliang.clock.offset}) or {@code Clocks.REAL} (token and session lifetimes, leases, bookkeeping). A
 * bare {@code Instant.now()} hides which one was meant. Demo data is exempt: it is written once at start.
 */
class ClockLintTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern BARE_NOW = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year|YearMonth)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)");

    @Test
    void noBareNow() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(MAIN)) {
            found = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/demo/") && !p.getFileName().toString().endsWith("Demo.java"))
                    .flatMap(p -> {
                        try {
                            return BARE_NOW.matcher(Files.readString(p)).results()
                                    .map(r -> MAIN.relativize(p) + ": " + r.group()).toList().stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sorted().toList();
        }
        assertEquals(List.of(), found, "read the injected Clock, or Clocks.REAL for real time (see common.time.Clocks)");
    }
}
