package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.shangliang.assembly.rules.Choice.ABSTAIN;
import static cn.shangliang.assembly.rules.Choice.AGREE;
import static cn.shangliang.assembly.rules.Choice.OPPOSE;
import static cn.shangliang.assembly.rules.Estates.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitteeElectionTest {

    /** Ballots: voter v(i+1) agrees with the candidates in {@code agreed[i]}, a string of candidate letters. */
    private static Map<String, Map<String, Choice>> agreeing(String... agreed) {
        Map<String, Map<String, Choice>> ballots = new HashMap<>();
        for (int i = 0; i < agreed.length; i++) {
            Map<String, Choice> marks = new HashMap<>();
            for (char c : agreed[i].toCharArray()) {
                marks.put(String.valueOf(c), AGREE);
            }
            ballots.put("v" + (i + 1), marks);
        }
        return ballots;
    }

    private static CandidateResult candidate(ElectionResult result, String name) {
        return result.candidates().stream().filter(c -> c.candidate().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachCandidateNeedsMoreThanHalfAndABallotAgreeingWithTooManyIsVoid() {
        IndexedVoterRoll six = roster(10000, 10000, 10000, 10000, 10000, 10000);
        ElectionResult result = CommitteeElection.elect(six, agreeing("ZL", "ZL", "ZW", "ZW", "LW", "ZLW"),
                List.of("Z", "L", "W", "Q"), 2);

        assertEquals(List.of("v6"), result.voidBallots());
        CandidateResult z = candidate(result, "Z");
        assertEquals(new Weight(40000, 4), z.tally().agree());
        assertEquals(new Weight(60000, 6), z.tally().participating(), "the void ballot still took part");
        assertEquals(CandidateOutcome.ELECTED, z.outcome());
        assertEquals(1, z.rank());
        // L and W have exactly half once v6's ballot is void
        assertEquals(new Weight(30000, 3), candidate(result, "L").tally().agree());
        assertEquals(CandidateOutcome.NOT_PASSED, candidate(result, "L").outcome());
        assertEquals(0, candidate(result, "L").rank());
        assertEquals(List.of("Z"), result.elected());
        assertEquals(List.of("Z", "L", "W", "Q"), result.candidates().stream().map(CandidateResult::candidate).toList());
        assertEquals(0, result.runoffSeats());
    }

    @Test
    void moreAgreeingAreaRanksFirstEvenWithFewerHeads() {
        // total 700.00 m², 5 heads; X and W 500.00 m² and 3 heads each, Y 400.00 m² and 4 heads
        IndexedVoterRoll roster = roster(30000, 10000, 10000, 10000, 10000);
        ElectionResult result = CommitteeElection.elect(roster, agreeing("XW", "XY", "XY", "YW", "YW"), List.of("Y", "X", "W"), 2);

        assertEquals(List.of("W", "X"), result.elected(), "a tie that fits in the seats elects both");
        assertEquals(1, candidate(result, "W").rank());
        assertEquals(1, candidate(result, "X").rank());
        CandidateResult y = candidate(result, "Y");
        assertTrue(y.tally().passed());
        assertEquals(3, y.rank());
        assertEquals(CandidateOutcome.NOT_ELECTED, y.outcome());
    }

    @Test
    void onEqualAreaMoreHeadsRankFirstAndAFullTieForTheLastSeatGoesToARunOff() {
        // total 800.00 m², 7 heads. A all; B 500.00 m² / 5; C and D 500.00 m² / 4 each
        IndexedVoterRoll roster = roster(20000, 10000, 10000, 10000, 10000, 10000, 10000);
        ElectionResult result = CommitteeElection.elect(roster,
                agreeing("ACD", "ABC", "ABC", "ABC", "ABD", "ABD", "AD"), List.of("A", "B", "C", "D"), 3);

        assertEquals(List.of(), result.voidBallots());
        assertEquals(List.of("A", "B"), result.elected());
        assertEquals(List.of("C", "D"), result.runoff());
        assertEquals(1, result.runoffSeats());
        assertEquals(new Weight(50000, 5), candidate(result, "B").tally().agree());
        assertEquals(new Weight(50000, 4), candidate(result, "C").tally().agree());
        assertEquals(List.of(1, 2, 3, 3), result.candidates().stream().map(CandidateResult::rank).toList());
    }

    @Test
    void anUnmarkedCandidateIsAnAbstentionOfAVoterWhoTookPart() {
        IndexedVoterRoll six = roster(10000, 10000, 10000, 10000, 10000, 10000);
        Map<String, Map<String, Choice>> ballots = Map.of(
                "v1", Map.of("X", AGREE),
                "v2", Map.of("X", AGREE),
                "v3", Map.of("X", AGREE, "Y", OPPOSE),
                "v4", Map.of("Y", AGREE, "X", ABSTAIN));
        ElectionResult result = CommitteeElection.elect(six, ballots, List.of("X", "Y"), 2);
        TallyResult y = candidate(result, "Y").tally();
        assertEquals(new Weight(40000, 4), y.participating());
        assertEquals(new Weight(20000, 2), y.abstain());
        assertEquals(List.of("X"), result.elected());
    }

    @Test
    void withoutTheQuorumNobodyIsElected() {
        IndexedVoterRoll six = roster(10000, 10000, 10000, 10000, 10000, 10000);
        ElectionResult result = CommitteeElection.elect(six, agreeing("X", "X", "X"), List.of("X"), 1);
        assertFalse(result.quorum().met());
        assertEquals(new Weight(10000, 1), result.quorum().shortfall());
        assertEquals(CandidateOutcome.NOT_PASSED, candidate(result, "X").outcome());
        assertEquals(List.of(), result.elected());
    }

    @Test
    void refusesWhatCannotBeCounted() {
        IndexedVoterRoll two = roster(10000, 10000);
        assertThrows(IllegalArgumentException.class, () -> CommitteeElection.elect(two, agreeing("X"), List.of("X"), 0));
        assertThrows(IllegalArgumentException.class, () -> CommitteeElection.elect(two, agreeing("Y"), List.of("X"), 1));
        assertThrows(IllegalArgumentException.class, () -> CommitteeElection.elect(two, agreeing("X"), List.of("X", "X"), 1));
        assertThrows(IllegalArgumentException.class, () -> CommitteeElection.elect(two, agreeing("X"), List.of(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> CommitteeElection.elect(two, Map.of("v9", Map.of("X", AGREE)), List.of("X"), 1));
    }
}
