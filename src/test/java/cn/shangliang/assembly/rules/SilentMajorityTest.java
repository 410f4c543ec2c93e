package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static cn.shangliang.assembly.rules.Estates.roster;
import static cn.shangliang.assembly.rules.Estates.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 从众 (指导规则 Art. 26 ¶2): the deemed tally beside the raw one. */
class SilentMajorityTest {

    private static final String CLAUSE = "本小区业主大会议事规则第十二条";
    private static final IndexedVoterRoll SIX = roster(10000, 10000, 10000, 10000, 10000, 10000);

    private static DecisionResult decide(MatterType matter, IndexedVoterRoll roster, String letters, String... delivered) {
        return Tally.decide(matter, roster, votes(letters), new SilentMajorityClause(CLAUSE, Set.of(delivered)));
    }

    @Test
    void silentOwnersWithDeliveryFollowTheMajorityOnlyInTheDeemedTally() {
        DecisionResult result = decide(MatterType.PROPERTY_MANAGER, SIX, "AAA---", "v4", "v5");

        assertFalse(result.raw().passed());
        assertEquals(new Weight(10000, 1), result.raw().quorum().shortfall());

        DeemedTally deemed = result.deemed();
        assertEquals(CLAUSE, deemed.citation());
        assertEquals(Choice.AGREE, deemed.followed());
        assertEquals(new Weight(20000, 2), deemed.silentFollowing(), "v6 had no recorded delivery");
        assertEquals(new Weight(50000, 5), deemed.tally().participating());
        assertTrue(deemed.tally().quorum().met());
        assertTrue(deemed.tally().passed());
        TallyTest.assertBuildingsAddUp(deemed.tally());
    }

    @Test
    void theyFollowAnOpposingMajorityToo() {
        DeemedTally deemed = decide(MatterType.PROPERTY_MANAGER, SIX, "OOA---", "v4", "v5", "v6").deemed();
        assertEquals(Choice.OPPOSE, deemed.followed());
        assertEquals(new Weight(50000, 5), deemed.tally().oppose());
        assertTrue(deemed.tally().quorum().met());
        assertFalse(deemed.tally().passed());
    }

    @Test
    void aMajorMatterStillNeedsThreeQuartersOfTheDeemedParticipants() {
        IndexedVoterRoll eight = roster(10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000);
        DecisionResult result = decide(MatterType.RAISE_MAINTENANCE_FUND, eight, "AAAO----", "v5", "v6", "v7", "v8");
        assertFalse(result.raw().quorum().met());
        assertEquals(new Weight(70000, 7), result.deemed().tally().agree());
        assertTrue(result.deemed().tally().passed());
    }

    @Test
    void withoutAMajorityOfBothAreaAndHeadsNobodyIsDeemed() {
        assertNoMajority(decide(MatterType.PROPERTY_MANAGER, SIX, "AO----", "v3", "v4"));
        // agree is the largest group but not more than half
        assertNoMajority(decide(MatterType.PROPERTY_MANAGER, roster(10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000),
                "AAAOOXX--", "v8", "v9"));
        // agree holds most of the area, oppose most of the heads
        assertNoMajority(decide(MatterType.PROPERTY_MANAGER, roster(30000, 5000, 5000, 10000), "AOO-", "v4"));
    }

    private static void assertNoMajority(DecisionResult result) {
        assertNull(result.deemed().followed());
        assertEquals(Weight.ZERO, result.deemed().silentFollowing());
        assertSame(result.raw(), result.deemed().tally());
    }

    @Test
    void onlyVotersOnTheRosterWithoutABallotCanBeSilent() {
        assertThrows(IllegalArgumentException.class, () -> decide(MatterType.REBUILD, SIX, "AAA---", "v1"));
        assertThrows(IllegalArgumentException.class, () -> decide(MatterType.REBUILD, SIX, "AAA---", "v7"));
        assertThrows(IllegalArgumentException.class, () -> new SilentMajorityClause(" ", Set.of()));
    }
}
