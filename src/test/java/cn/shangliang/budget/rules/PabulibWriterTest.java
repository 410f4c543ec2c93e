package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PabulibWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"Netherlands_Assen_2024.pb", "Poland_Warszawa_2019_Anin.pb",
            "Poland_Czestochowa_2024_Podjasnogorska.pb", "Poland_Krakow_2024_Zwierzyniec.pb"})
    void roundTripKeepsEveryValue(String file) {
        PabulibElection original = PabulibFiles.resource(file);

        String written = PabulibWriter.toString(original);
        PabulibElection reread = PabulibParser.parse(written);

        assertEquals(original, reread);
        assertEquals(written, PabulibWriter.toString(reread));
    }

    @Test
    void quotesFieldsWithSeparatorsOrQuotesOnly(@TempDir Path dir) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("budget", "10.50");
        meta.put("vote_type", "cumulative");
        meta.put("comment", "#1: a; b");
        PabulibProject park = new PabulibProject("p;1", new BigDecimal("10.50"), 1L, new BigDecimal("3"),
                "Park \"Nord\"", 1, Map.of("category", "green,sport"));
        PabulibBallot ballot = new PabulibBallot("v1", List.of("p;1"), List.of(new BigDecimal("3")), Map.of());
        PabulibElection election = new PabulibElection(meta,
                List.of("project_id", "cost", "votes", "score", "name", "category", "selected"), List.of(park),
                List.of("voter_id", "vote", "points"), List.of(ballot));
        Path file = dir.resolve("out.pb");

        PabulibWriter.write(election, file);

        assertEquals("""
                META
                key;value
                budget;10.50
                vote_type;cumulative
                comment;"#1: a; b"
                PROJECTS
                project_id;cost;votes;score;name;category;selected
                "p;1";10.50;1;3;"Park ""Nord""\";green,sport;1
                VOTES
                voter_id;vote;points
                v1;"p;1";3
                """, Files.readString(file));
        assertEquals(election, PabulibParser.parse(file));
    }

    @Test
    void refusesALineBreakInsideAField() {
        Map<String, String> meta = Map.of("budget", "1", "vote_type", "approval", "description", "two\nlines");
        PabulibElection election = new PabulibElection(meta, List.of("project_id", "cost"), List.of(),
                List.of("voter_id", "vote"), List.of());

        assertThrows(IllegalArgumentException.class, () -> PabulibWriter.toString(election));
    }
}
