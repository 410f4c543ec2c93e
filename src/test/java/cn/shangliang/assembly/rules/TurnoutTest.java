package cn.shangliang.assembly.rules;

import static cn.shangliang.assembly.rules.Estates.roster;
import static cn.shangliang.assembly.rules.Estates.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The turnout shown while voting reaches the quorum exactly when the count does (issue 9). */
class TurnoutTest {

    @Test
    void theTurnoutIsTheCountsQuorum() {
        IndexedVoterRoll roster = roster(10000, 10000, 10000, 9999, 10000, 10001);
        Turnout exact = Tally.turnout(roster, Set.of("v1", "v2", "v3", "v5"));
        assertEquals(new Weight(60000, 6), exact.total());
        assertEquals(new Weight(40000, 4), exact.participating());
        assertEquals(new Weight(40000, 4), exact.minimum());
        assertTrue(exact.quorum().met());

        Turnout short1 = Tally.turnout(roster, Set.of("v1", "v2", "v3", "v4"));
        assertFalse(short1.quorum().met());
        assertEquals(new Weight(1, 0), short1.quorum().shortfall());
    }

    @Test
    void votersNotOnTheRosterDoNotCount() {
        Turnout t = Tally.turnout(roster(10000, 10000, 10000), Set.of("v1", "stranger"));
        assertEquals(new Weight(10000, 1), t.participating());
    }

    @ParameterizedTest
    @ValueSource(strings = {"------", "A-----", "AAA---", "AAAA--", "AAA-A-", "XOA-A-", "AAAAAA", "-AAAAA"})
    void agreesWithTheCountForEveryPattern(String letters) {
        IndexedVoterRoll roster = roster(10000, 10000, 10000, 9999, 10000, 10001);
        TallyResult counted = Tally.decide(MatterType.PROPERTY_MANAGER, roster, votes(letters), null).raw();
        Turnout turnout = Tally.turnout(roster, votes(letters).keySet());
        assertEquals(counted.participating(), turnout.participating());
        assertEquals(counted.quorum(), turnout.quorum());
    }
}
