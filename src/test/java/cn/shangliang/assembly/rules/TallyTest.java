package cn.shangliang.assembly.rules;

import cn.shangliang.common.rules.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.shangliang.assembly.rules.Estates.roster;
import static cn.shangliang.assembly.rules.Estates.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-worked boundaries of 民法典 Art. 278 ¶2 with the counting words of Art. 1259. Areas in 0.01 m². */
class TallyTest {

    private static TallyResult tally(MatterType matter, IndexedVoterRoll roster, String letters) {
        return Tally.decide(matter, roster, votes(letters), null).raw();
    }

    private static TallyResult ordinary(IndexedVoterRoll roster, String letters) {
        return tally(MatterType.PROPERTY_MANAGER, roster, letters);
    }

    @Test
    void quorumIsMetAtExactlyTwoThirdsAndFailsOneHundredthOfASquareMetreShort() {
        // total 600.00 m², 6 heads: two thirds are 400.00 m² and 4 heads
        IndexedVoterRoll roster = roster(10000, 10000, 10000, 9999, 10000, 10001);

        TallyResult exact = ordinary(roster, "AAA-A-");
        assertEquals(new Weight(60000, 6), exact.total());
        assertEquals(new Weight(40000, 4), exact.participating());
        assertTrue(exact.quorum().met());
        assertEquals(Weight.ZERO, exact.quorum().shortfall());
        assertTrue(exact.passed());

        TallyResult short1 = ordinary(roster, "AAAA--");
        assertEquals(new Weight(39999, 4), short1.participating());
        assertFalse(short1.quorum().met());
        assertEquals(new Weight(1, 0), short1.quorum().shortfall());
        assertTrue(short1.agreeAreaReached() && short1.agreeHeadsReached());
        assertFalse(short1.passed(), "unanimous agreement does not pass without the quorum");
    }

    @Test
    void quorumNeedsTwoThirdsOfHeadsToo() {
        IndexedVoterRoll roster = roster(40000, 4000, 4000, 4000, 4000, 4000);
        TallyResult oneBigOwner = ordinary(roster, "A-----");
        assertFalse(oneBigOwner.quorum().met());
        assertEquals(new Weight(0, 3), oneBigOwner.quorum().shortfall());

        assertTrue(ordinary(roster, "AAAA--").quorum().met());
    }

    @Test
    void shortfallIsReportedInBothMeasures() {
        TallyResult result = ordinary(roster(10000, 10000, 10000, 10000, 10000, 10000), "AAA---");
        assertEquals(new Weight(10000, 1), result.quorum().shortfall());
    }

    @Test
    void exactlyHalfDoesNotPassAnOrdinaryMatter() {
        IndexedVoterRoll roster = roster(10000, 10000, 10000, 10000);
        TallyResult half = ordinary(roster, "AAOO");
        assertFalse(half.agreeAreaReached());
        assertFalse(half.agreeHeadsReached());
        assertFalse(half.passed());
        assertTrue(ordinary(roster, "AAAO").passed());
    }

    @Test
    void exactlyHalfTheAreaFailsEvenWithMostHeadsAndOneHundredthMorePasses() {
        TallyResult half = ordinary(roster(5000, 5000, 5000, 7500, 7500), "AAAOO");
        assertTrue(half.agreeHeadsReached());
        assertFalse(half.agreeAreaReached());
        assertFalse(half.passed());

        TallyResult more = ordinary(roster(5001, 5000, 5000, 7500, 7500), "AAAOO");
        assertEquals(new Weight(15001, 3), more.agree());
        assertTrue(more.passed());
    }

    @Test
    void anAbstentionTakesPartButDoesNotAgree() {
        TallyResult half = ordinary(roster(10000, 10000, 10000, 10000), "AAOX");
        assertEquals(new Weight(40000, 4), half.participating());
        assertEquals(new Weight(10000, 1), half.abstain());
        assertFalse(half.passed(), "2 of 4 participating is not more than half");

        TallyResult quorum = ordinary(roster(10000, 10000, 10000, 10000, 10000, 10000), "AAAX--");
        assertTrue(quorum.quorum().met(), "the abstention makes the quorum");
        assertTrue(quorum.passed());
    }

    @ParameterizedTest
    @EnumSource(value = MatterType.class, names = {"RAISE_MAINTENANCE_FUND", "REBUILD", "COMMON_PARTS_USE"})
    void exactlyThreeQuartersPassesAMajorMatterAndJustUnderFails(MatterType matter) {
        assertTrue(tally(matter, roster(10000, 10000, 10000, 10000), "AAAO").passed());

        TallyResult areaJustUnder = tally(matter, roster(10000, 10000, 9999, 10000), "AAAO");
        assertEquals(new Weight(29999, 3), areaJustUnder.agree());
        assertTrue(areaJustUnder.agreeHeadsReached());
        assertFalse(areaJustUnder.agreeAreaReached());
        assertFalse(areaJustUnder.passed());

        // 5 of 7 participating heads is under 3/4 although 1000.00 of 1200.00 m² agree
        TallyResult headsUnder = tally(matter, roster(20000, 20000, 20000, 20000, 20000, 10000, 10000, 10000), "AAAAAOO-");
        assertTrue(headsUnder.quorum().met());
        assertTrue(headsUnder.agreeAreaReached());
        assertFalse(headsUnder.agreeHeadsReached());
        assertFalse(headsUnder.passed());
    }

    @Test
    void theSameVotesPassAnOrdinaryMatterButNotAMajorOne() {
        IndexedVoterRoll roster = roster(10000, 10000, 10000, 10000, 10000);
        assertTrue(tally(MatterType.USE_MAINTENANCE_FUND, roster, "AAAOO").passed());
        assertFalse(tally(MatterType.RAISE_MAINTENANCE_FUND, roster, "AAAOO").passed());
    }

    @Test
    void areaPassingWithHeadsFailingFailsAndViceVersa() {
        TallyResult areaOnly = ordinary(roster(30000, 5000, 5000), "AOO");
        assertTrue(areaOnly.agreeAreaReached());
        assertFalse(areaOnly.agreeHeadsReached());
        assertFalse(areaOnly.passed());

        TallyResult headsOnly = ordinary(roster(5000, 5000, 30000), "AAO");
        assertFalse(headsOnly.agreeAreaReached());
        assertTrue(headsOnly.agreeHeadsReached());
        assertFalse(headsOnly.passed());
    }

    @Test
    void reportsTheFractionAndEveryCount() {
        TallyResult result = tally(MatterType.REBUILD, roster(10000, 20000, 30000, 40000, 50000), "AOX-A");
        assertEquals(Threshold.AT_LEAST_THREE_QUARTERS, result.required());
        assertEquals(new Weight(150000, 5), result.total());
        assertEquals(new Weight(60000, 2), result.agree());
        assertEquals(new Weight(20000, 1), result.oppose());
        assertEquals(new Weight(30000, 1), result.abstain());
        assertEquals(new Weight(110000, 4), result.participating());
        assertEquals(result.agree(), result.of(Choice.AGREE));
    }

    @Test
    void aVoterInSeveralBuildingsSplitsItsAreaAndShowsItsHeadOnce() {
        IndexedVoterRoll roster = new IndexedVoterRoll(List.of(
                new VoterRollEntry("dev", new TreeMap<>(Map.of("1", 6000L, "2", 4000L))),
                VoterRollEntry.of("w", "2", 5000),
                new VoterRollEntry("x", new TreeMap<>(Map.of("1", 3000L, "2", 3000L)))));
        TallyResult result = Tally.decide(MatterType.OTHER_MAJOR, roster, Map.of("dev", Choice.AGREE, "w", Choice.OPPOSE), null).raw();
        assertEquals(List.of(
                new BuildingTally("1", new Weight(9000, 2), new Weight(6000, 1), Weight.ZERO, Weight.ZERO),
                new BuildingTally("2", new Weight(12000, 1), new Weight(4000, 0), new Weight(5000, 1), Weight.ZERO)),
                result.buildings());
        assertBuildingsAddUp(result);
    }

    static void assertBuildingsAddUp(TallyResult result) {
        Weight total = Weight.ZERO;
        Weight agree = Weight.ZERO;
        Weight oppose = Weight.ZERO;
        Weight abstain = Weight.ZERO;
        for (BuildingTally b : result.buildings()) {
            total = total.plus(b.total());
            agree = agree.plus(b.agree());
            oppose = oppose.plus(b.oppose());
            abstain = abstain.plus(b.abstain());
        }
        assertEquals(result.total(), total);
        assertEquals(result.agree(), agree);
        assertEquals(result.oppose(), oppose);
        assertEquals(result.abstain(), abstain);
    }

    @Test
    void theSilentMajorityClauseIsOffByDefault() {
        assertNull(Tally.decide(MatterType.REBUILD, roster(10000), votes("A"), null).deemed());
    }

    @Test
    void refusesBallotsThatCannotBeCounted() {
        IndexedVoterRoll roster = roster(10000, 10000);
        assertThrows(IllegalArgumentException.class,
                () -> Tally.decide(MatterType.REBUILD, roster, Map.of("stranger", Choice.AGREE), null));
        Map<String, Choice> withoutChoice = new TreeMap<>();
        withoutChoice.put("v1", null);
        assertThrows(IllegalArgumentException.class, () -> Tally.decide(MatterType.REBUILD, roster, withoutChoice, null));
    }

    @Test
    void aRosterIsValidBeforeAnythingIsCounted() {
        assertThrows(IllegalArgumentException.class, () -> new IndexedVoterRoll(List.of()));
        assertThrows(IllegalArgumentException.class, () -> roster(0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new IndexedVoterRoll(List.of(VoterRollEntry.of("a", "1", 1), VoterRollEntry.of("a", "2", 1))));
        assertThrows(IllegalArgumentException.class, () -> VoterRollEntry.of("a", "1", -1));
        assertThrows(ArithmeticException.class, () -> roster(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2 + 1));
    }
}
