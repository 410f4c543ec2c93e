package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three large shared files (60,000 to 90,000 ballots), read from {@code ../shared/data/pabulib/}
 * rather than copied into the repository; skipped where that folder is absent.
 */
class PabulibLargeFilesTest {

    private static PabulibElection shared(String file) throws IOException {
        Path folder = PabulibFiles.sharedFolder().orElse(null);
        assumeTrue(folder != null, "no shared/data/pabulib folder above " + Path.of("").toAbsolutePath());
        Path path = folder.resolve(file);
        assumeTrue(Files.isRegularFile(path), "missing " + path);
        return PabulibParser.parse(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Poland_Lodz_2022.pb, greedy-threshold, 90494",
            "Poland_Wroclaw_2017.pb, greedy-no-skip, 62529",
            "Poland_Warszawa_2026.pb, greedy-threshold, 61668"})
    void metaRuleReproducesSelectedColumn(String file, String rule, int ballots) throws IOException {
        PabulibElection election = shared(file);
        assertEquals(rule, election.rule());
        assertEquals(ballots, election.ballots().size());

        var result = SelectionRule.forName(rule, RuleParams.pabulib(election.meta())).select(election.toSelectionInput());

        assertEquals(election.selectedIds(), new TreeSet<>(result.selected()), file);
    }

    @Test
    void lodzQuotedNamesSurviveARoundTrip() throws IOException {
        PabulibElection lodz = shared("Poland_Lodz_2022.pb");

        assertEquals(lodz, PabulibParser.parse(PabulibWriter.toString(lodz)));
        assertEquals("\"Dofinansowanie działalności Ośrodka Rehabilitacji Dzikich Zwierząt\" , działka nr. 45/9 obręb B-16",
                lodz.projects().stream().filter(p -> p.id().equals("L140")).findFirst().orElseThrow().name());
    }
}
