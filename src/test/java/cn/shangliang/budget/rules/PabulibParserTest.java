package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PabulibParserTest {

    /** A valid file; the tests below break one line of it. Line numbers are 1-based. */
    private static final List<String> VALID = List.of(
            "META",                                         // 1
            "key;value",                                    // 2
            "description;test",                             // 3
            "budget;100",                                   // 4
            "vote_type;approval",                           // 5
            "rule;greedy",                                  // 6
            "PROJECTS",                                     // 7
            "project_id;cost;votes;name;selected",          // 8
            "1;60;2;\"Park; with \"\"benches\"\"\";1",      // 9
            "2;50.5;1;Library;0",                           // 10
            "VOTES",                                        // 11
            "voter_id;vote;age",                            // 12
            "v1;1,2;30",                                    // 13
            "v2;1;41");                                     // 14

    private static String file(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String replacing(int lineNumber, String replacement) {
        List<String> lines = new ArrayList<>(VALID);
        lines.set(lineNumber - 1, replacement);
        return file(lines);
    }

    private static String without(int lineNumber) {
        List<String> lines = new ArrayList<>(VALID);
        lines.remove(lineNumber - 1);
        return file(lines);
    }

    private static void assertError(String text, int line, String problem) {
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibParser.parse(text));
        assertEquals(problem, e.problem());
        assertEquals(line, e.line());
        assertEquals("line " + line + ": " + problem, e.getMessage());
    }

    @Test
    void parsesAValidFile() {
        PabulibElection election = PabulibParser.parse(file(VALID));

        assertEquals(new BigDecimal("100"), election.budget());
        assertEquals(VoteType.APPROVAL, election.voteType());
        assertEquals("greedy", election.rule());
        assertEquals(new PabulibProject("1", new BigDecimal("60"), 2L, null, "Park; with \"benches\"", 1, Map.of()),
                election.projects().get(0));
        assertEquals(new BigDecimal("50.5"), election.projects().get(1).cost());
        assertEquals(new PabulibBallot("v1", List.of("1", "2"), List.of(), Map.of("age", "30")),
                election.ballots().get(0));
        assertEquals(List.of("voter_id", "vote", "age"), election.voteColumns());
    }

    @Test
    void acceptsByteOrderMarkCrLfAndBlankLines() {
        String text = "\uFEFF" + file(VALID).replace("\n", "\r\n").replace("PROJECTS\r\n", "\r\nPROJECTS\r\n\r\n");

        PabulibElection election = PabulibParser.parse(text);

        assertEquals(VoteType.APPROVAL, election.voteType());
        assertEquals(2, election.projects().size());
    }

    @Test
    void blankLinesStillCountForLineNumbers() {
        String text = file(VALID).replace("VOTES\n", "\n\nVOTES\n").replace("v2;1;41", "v2;7;41");

        assertError(text, 16, "vote for unknown project '7'");
    }

    @ParameterizedTest(name = "line {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | hello                  | expected section META, found 'hello'
            1  | PROJECTS               | missing section META before PROJECTS
            2  | META                   | section META has no header
            4  | budget;100;x           | wrong column count in META: expected 2, found 3
            4  | budget;1,5             | budget '1,5' is not a non-negative decimal number
            4  | budget;                | budget '' is not a non-negative decimal number
            5  | vote_type;ranked       | unknown vote_type 'ranked'
            6  | budget;7               | duplicate META key 'budget' (first at line 4)
            8  | project_id;votes;name  | PROJECTS header has no cost column
            8  | project_id;cost;cost   | duplicate column name in PROJECTS header [project_id, cost, cost]
            9  | 1;abc;2;Park;1         | cost 'abc' is not a non-negative decimal number
            9  | 1;-5;2;Park;1          | cost '-5' is not a non-negative decimal number
            9  | 1;1e5;2;Park;1         | cost '1e5' is not a non-negative decimal number
            9  | 1;5.;2;Park;1          | cost '5.' is not a non-negative decimal number
            9  | 1;60;2.5;Park;1        | votes '2.5' is not a non-negative whole number
            9  | 1;60;2;Park;yes        | selected 'yes' is not a non-negative whole number
            9  | ;60;2;Park;1           | empty project_id
            9  | "1;60;2;Park;1         | unterminated quoted field
            9  | "1"x;60;2;Park;1       | text after a closing quote in field 1
            10 | 2;50;1;Library         | wrong column count in PROJECTS: expected 5, found 4
            10 | 1;50;1;Library;0       | duplicate project id '1' (first at line 9)
            11 | META                   | section META appears again
            12 | voter_id;age           | VOTES header has no vote column
            13 | v1;1,3;30              | vote for unknown project '3'
            13 | v1;1,1;30              | project '1' appears twice in one vote
            13 | v1;1,;30               | empty project id in vote '1,'
            13 | ;1;30                  | empty voter_id
            14 | v1;1;41                | duplicate voter_id 'v1' (first at line 13)
            """)
    void reportsTheLineAndTheProblem(int line, String replacement, String problem) {
        assertError(replacing(line, replacement), line, problem);
    }

    @Test
    void missingBudgetIsReportedAtTheMetaLine() {
        assertError(without(4), 1, "META has no budget");
    }

    @Test
    void missingVoteTypeIsReportedAtTheMetaLine() {
        assertError(without(5), 1, "META has no vote_type");
    }

    @Test
    void missingProjectsSectionIsReportedWhereVotesStarts() {
        List<String> lines = new ArrayList<>(VALID.subList(0, 6));
        lines.addAll(VALID.subList(10, 14));
        assertError(file(lines), 7, "missing section PROJECTS before VOTES");
    }

    @Test
    void missingVotesSectionIsReportedAtTheLastLine() {
        assertError(file(VALID.subList(0, 10)), 10, "missing section VOTES (file ends here)");
    }

    @Test
    void sectionWithoutHeaderBeforeTheNextSection() {
        List<String> lines = new ArrayList<>(VALID);
        lines.subList(7, 10).clear();
        assertError(file(lines), 8, "section PROJECTS has no header");
    }

    @Test
    void emptyFile() {
        assertError("", 1, "missing section META (file ends here)");
    }

    @Test
    void cumulativeBallotsNeedPoints() {
        String cumulative = replacing(5, "vote_type;cumulative");
        assertError(cumulative, 12, "cumulative ballots need a points column");

        String withPoints = cumulative.replace("voter_id;vote;age", "voter_id;vote;points")
                .replace("v1;1,2;30", "v1;1,2;7").replace("v2;1;41", "v2;1;10");
        assertError(withPoints, 13, "vote lists 2 projects but points has 1 values");

        PabulibElection ok = PabulibParser.parse(withPoints.replace("v1;1,2;7", "v1;1,2;3,7"));
        assertEquals(List.of(new BigDecimal("3"), new BigDecimal("7")), ok.ballots().get(0).points());
    }

    @Test
    void quotedListCellIsOneField() {
        PabulibElection election = PabulibParser.parse(replacing(13, "v1;\"1,2\";30"));

        assertEquals(List.of("1", "2"), election.ballots().get(0).vote());
    }
}
