package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import static cn.shangliang.assembly.rules.Choice.ABSTAIN;
import static cn.shangliang.assembly.rules.Choice.AGREE;
import static cn.shangliang.assembly.rules.Choice.OPPOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EffectiveBallotsTest {

    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static OnlineBallot<Choice> online(String voter, long sequence, int minute, Choice choice) {
        return new OnlineBallot<>(voter, sequence, at(minute), choice);
    }

    private static PaperEntry<Choice> entry(String sheet, String voter, String staff, Choice choice) {
        return new PaperEntry<>(sheet, voter, staff, choice);
    }

    private static CountableBallots<Choice> resolve(List<OnlineBallot<Choice>> online, List<PaperEntry<Choice>> paper) {
        return EffectiveBallots.resolve(new BallotRecords<>(online, paper, List.of(), List.of()), OptionalInt.empty());
    }

    private static CountableBallots<Choice> resolveProxy(List<ProxyMandate<Choice>> mandates, List<ProxyBallot<Choice>> ballots,
                                                   OptionalInt cap) {
        return EffectiveBallots.resolve(new BallotRecords<>(List.of(), List.of(), mandates, ballots), cap);
    }

    @Test
    void theLatestOnlineBallotCounts() {
        CountableBallots<Choice> r = resolve(List.of(
                online("v1", 7, 30, OPPOSE),
                online("v1", 3, 10, AGREE),
                online("v2", 4, 12, AGREE)), List.of());
        assertEquals(Map.of("v1", OPPOSE, "v2", AGREE), r.choices());
        assertEquals(List.of(new Cast<>(BallotChannel.ONLINE, "7", OPPOSE)), r.effective().get("v1").casts());
    }

    @Test
    void atTheSameInstantTheLaterSequenceCounts() {
        CountableBallots<Choice> r = resolve(List.of(online("v1", 9, 10, ABSTAIN), online("v1", 8, 10, AGREE)), List.of());
        assertEquals(Map.of("v1", ABSTAIN), r.choices());
    }

    @Test
    void aWithdrawalLeavesNoBallotButTheVoterIsNotSilent() {
        CountableBallots<Choice> r = resolve(List.of(online("v1", 1, 10, AGREE), OnlineBallot.withdrawal("v1", 2, at(15))), List.of());
        assertTrue(r.effective().isEmpty());
        assertEquals(Set.of("v1"), r.voterKeysOnRecord());

        CountableBallots<Choice> recast = resolve(List.of(online("v1", 1, 10, AGREE), OnlineBallot.withdrawal("v1", 2, at(15)),
                online("v1", 3, 20, OPPOSE)), List.of());
        assertEquals(Map.of("v1", OPPOSE), recast.choices());
    }

    @Test
    void aPaperSheetCountsWhenTwoDifferentStaffEnteredItAlike() {
        CountableBallots<Choice> r = resolve(List.of(), List.of(
                entry("S-001", "v1", "staff-a", AGREE),
                entry("S-001", "v1", "staff-b", AGREE)));
        assertEquals(Map.of("v1", AGREE), r.choices());
        assertEquals(List.of(new Cast<>(BallotChannel.PAPER, "S-001", AGREE)), r.effective().get("v1").casts());
        assertTrue(r.pendingPaper().isEmpty());
    }

    @Test
    void aPaperSheetIsPendingWhenEnteredOnceByOneStaffOrDifferently() {
        CountableBallots<Choice> r = resolve(List.of(), List.of(
                entry("S-001", "v1", "staff-a", AGREE),
                entry("S-002", "v2", "staff-a", AGREE),
                entry("S-002", "v2", "staff-a", AGREE),
                entry("S-003", "v3", "staff-a", AGREE),
                entry("S-003", "v3", "staff-b", OPPOSE),
                entry("S-004", "v4", "staff-a", AGREE),
                entry("S-004", "v5", "staff-b", AGREE)));
        assertTrue(r.effective().isEmpty());
        assertEquals(List.of(PendingPaper.Reason.SINGLE_ENTRY, PendingPaper.Reason.SAME_STAFF,
                        PendingPaper.Reason.ENTRIES_DISAGREE, PendingPaper.Reason.ENTRIES_DISAGREE),
                r.pendingPaper().stream().map(PendingPaper::reason).toList());
        assertEquals(List.of("S-001", "S-002", "S-003", "S-004"), r.pendingPaper().stream().map(PendingPaper::sheetId).toList());
        assertEquals(Set.of("v1", "v2", "v3", "v4", "v5"), r.voterKeysOnRecord());
    }

    @Test
    void aThirdEntryThatAgreesKeepsTheSheetConfirmed() {
        CountableBallots<Choice> r = resolve(List.of(), List.of(
                entry("S-001", "v1", "staff-a", OPPOSE),
                entry("S-001", "v1", "staff-a", OPPOSE),
                entry("S-001", "v1", "staff-b", OPPOSE)));
        assertEquals(Map.of("v1", OPPOSE), r.choices());
    }

    @Test
    void paperAndOnlineBallotsThatDisagreeAreAConflictAndNeitherCounts() {
        CountableBallots<Choice> r = resolve(List.of(online("v1", 1, 10, AGREE), online("v2", 2, 10, AGREE)), List.of(
                entry("S-001", "v1", "staff-a", OPPOSE),
                entry("S-001", "v1", "staff-b", OPPOSE)));
        assertEquals(Map.of("v2", AGREE), r.choices());
        assertEquals(List.of(new Conflict<>("v1", List.of(
                new Cast<>(BallotChannel.ONLINE, "1", AGREE),
                new Cast<>(BallotChannel.PAPER, "S-001", OPPOSE)))), r.conflicts());
    }

    @Test
    void paperAndOnlineBallotsThatAgreeAreCountedOnce() {
        CountableBallots<Choice> r = resolve(List.of(online("v1", 1, 10, AGREE)), List.of(
                entry("S-001", "v1", "staff-a", AGREE),
                entry("S-001", "v1", "staff-b", AGREE)));
        assertEquals(Map.of("v1", AGREE), r.choices());
        assertEquals(2, r.effective().get("v1").casts().size());
        assertTrue(r.conflicts().isEmpty());
    }

    @Test
    void twoConfirmedSheetsForOneOwnerThatDisagreeAreAConflict() {
        CountableBallots<Choice> r = resolve(List.of(), List.of(
                entry("S-001", "v1", "staff-a", AGREE), entry("S-001", "v1", "staff-b", AGREE),
                entry("S-002", "v1", "staff-a", OPPOSE), entry("S-002", "v1", "staff-b", OPPOSE)));
        assertTrue(r.effective().isEmpty());
        assertEquals(1, r.conflicts().size());
    }

    @Test
    void aProxyMustVoteAsInstructed() {
        List<ProxyMandate<Choice>> mandates = List.of(
                new ProxyMandate<>("M1", "v1", "proxy", 1, AGREE),
                new ProxyMandate<>("M2", "v2", "proxy", 2, OPPOSE),
                new ProxyMandate<>("M3", "v3", "proxy", 3, null));
        ProxyBallot<Choice> deviating = new ProxyBallot<>("M2", 21, at(10), AGREE);
        ProxyBallot<Choice> deviatingLater = new ProxyBallot<>("M1", 12, at(20), OPPOSE);
        CountableBallots<Choice> r = resolveProxy(mandates, List.of(
                new ProxyBallot<>("M1", 11, at(10), AGREE),
                deviatingLater,
                deviating,
                new ProxyBallot<>("M3", 31, at(10), ABSTAIN)), OptionalInt.empty());

        assertEquals(Map.of("v1", AGREE, "v3", ABSTAIN), r.choices(),
                "a ballot breaking the mandate neither counts nor undoes the one that kept to it");
        assertEquals(List.of(
                        new RejectedProxyBallot<>(deviatingLater, RejectedProxyBallot.Reason.NOT_AS_INSTRUCTED),
                        new RejectedProxyBallot<>(deviating, RejectedProxyBallot.Reason.NOT_AS_INSTRUCTED)),
                r.rejectedProxy());
        assertEquals(List.of(new Cast<>(BallotChannel.PROXY, "M1", AGREE)), r.effective().get("v1").casts());
        assertEquals(Set.of("v1", "v2", "v3"), r.voterKeysOnRecord());
    }

    @Test
    void aProxyRepresentsOnlyTheFirstOwnersUpToTheCap() {
        List<ProxyMandate<Choice>> mandates = List.of(
                new ProxyMandate<>("M3", "v3", "proxy", 3, null),
                new ProxyMandate<>("M1", "v1", "proxy", 1, null),
                new ProxyMandate<>("M2", "v2", "proxy", 2, null),
                new ProxyMandate<>("M4", "v1", "proxy", 4, null),
                new ProxyMandate<>("M5", "v4", "other", 5, null));
        List<ProxyBallot<Choice>> ballots = List.of(
                new ProxyBallot<>("M1", 1, at(1), AGREE),
                new ProxyBallot<>("M2", 2, at(1), AGREE),
                new ProxyBallot<>("M3", 3, at(1), AGREE),
                new ProxyBallot<>("M4", 4, at(1), AGREE),
                new ProxyBallot<>("M5", 5, at(1), AGREE));

        CountableBallots<Choice> capped = resolveProxy(mandates, ballots, OptionalInt.of(2));
        assertEquals(Set.of("v1", "v2", "v4"), capped.choices().keySet(), "a second mandate from v1 is not another owner");
        assertEquals(List.of(new RejectedProxyBallot<>(ballots.get(2), RejectedProxyBallot.Reason.OVER_CAP)), capped.rejectedProxy());

        assertEquals(Set.of("v1", "v2", "v3", "v4"), resolveProxy(mandates, ballots, OptionalInt.empty()).choices().keySet());
    }

    @Test
    void aProxyBallotWithoutAMandateDoesNotCount() {
        ProxyBallot<Choice> ballot = new ProxyBallot<>("M9", 1, at(1), AGREE);
        CountableBallots<Choice> r = resolveProxy(List.of(), List.of(ballot), OptionalInt.empty());
        assertTrue(r.effective().isEmpty());
        assertEquals(List.of(new RejectedProxyBallot<>(ballot, RejectedProxyBallot.Reason.NO_MANDATE)), r.rejectedProxy());
    }

    @Test
    void aProxyAndTheOwnerDisagreeingIsAConflict() {
        CountableBallots<Choice> r = EffectiveBallots.resolve(new BallotRecords<>(
                List.of(online("v1", 1, 10, OPPOSE)), List.of(),
                List.of(new ProxyMandate<>("M1", "v1", "proxy", 1, null)),
                List.of(new ProxyBallot<>("M1", 1, at(5), AGREE))), OptionalInt.empty());
        assertTrue(r.effective().isEmpty());
        assertEquals("v1", r.conflicts().get(0).voterKey());
    }

    @Test
    void electionBallotsResolveTheSameWay() {
        Map<String, Choice> marks = Map.of("Zhang", AGREE, "Li", OPPOSE);
        CountableBallots<Map<String, Choice>> r = EffectiveBallots.resolve(new BallotRecords<>(List.of(),
                List.of(new PaperEntry<>("S-1", "v1", "staff-a", marks),
                        new PaperEntry<>("S-1", "v1", "staff-b", Map.of("Li", OPPOSE, "Zhang", AGREE))),
                List.of(), List.of()), OptionalInt.empty());
        assertEquals(Map.of("v1", marks), r.choices());
    }

    @Test
    void refusesReusedSequencesAndMandateIds() {
        assertThrows(IllegalArgumentException.class,
                () -> resolve(List.of(online("v1", 1, 10, AGREE), online("v2", 1, 11, AGREE)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> resolveProxy(List.of(
                new ProxyMandate<>("M1", "v1", "proxy", 1, null),
                new ProxyMandate<>("M1", "v2", "proxy", 2, null)), List.of(), OptionalInt.empty()));
    }

    @Test
    void theResolvedChoicesFeedTheTally() {
        IndexedVoterRoll roster = Estates.roster(10000, 10000, 10000);
        CountableBallots<Choice> r = resolve(List.of(online("v1", 1, 10, AGREE), online("v2", 2, 10, AGREE)), List.of(
                entry("S-001", "v2", "staff-a", OPPOSE), entry("S-001", "v2", "staff-b", OPPOSE),
                entry("S-002", "v3", "staff-a", AGREE), entry("S-002", "v3", "staff-b", AGREE)));
        TallyResult result = Tally.decide(MatterType.OTHER_MAJOR, roster, r.choices(), null).raw();
        assertEquals(new Weight(20000, 2), result.agree(), "v2 is in conflict and not counted at all");
        assertEquals(new Weight(20000, 2), result.participating());
    }
}
