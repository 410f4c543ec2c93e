package cn.shangliang.community.rules;

import cn.shangliang.community.AreaSource;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoterRollTest {

    private static final OwnerRef DEV = OwnerRef.developer("dev");

    /** A sold and delivered unit. */
    private static UnitRecord owned(String id, String building, String m2, OwnerRef... owners) {
        return new UnitRecord(id, building, CandidateAreas.registered(m2), false, DEV, List.of(owners), null, true, true);
    }

    private static UnitRecord coOwned(String id, String building, String m2, String designated, OwnerRef... owners) {
        return new UnitRecord(id, building, CandidateAreas.registered(m2), false, DEV, List.of(owners), designated, true, true);
    }

    private static UnitRecord parking(String id, String m2, OwnerRef owner) {
        return new UnitRecord(id, "P", CandidateAreas.registered(m2), true, DEV, List.of(owner), null, true, true);
    }

    private static UnitRecord unsold(String id, String building, String m2) {
        return new UnitRecord(id, building, CandidateAreas.registered(m2), false, DEV, List.of(), null, false, false);
    }

    private static UnitRecord soldNotDelivered(String id, String building, String m2, OwnerRef buyer) {
        return new UnitRecord(id, building, CandidateAreas.registered(m2), false, DEV, List.of(buyer), null, true, false);
    }

    private static VoterRoll roll(UnitRecord... units) {
        return VoterRoll.compute(List.of(units), RollOptions.DEFAULTS);
    }

    private static Voter voter(VoterRoll roll, String key) {
        return roll.voters().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void oneUnitIsOneHeadAndTotalsAreSums() {
        VoterRoll roll = roll(
                owned("1-101", "1", "89.50", OwnerRef.person("a")),
                owned("1-102", "1", "100.25", OwnerRef.person("b")),
                owned("2-101", "2", "120.00", OwnerRef.organization("shop")));
        assertEquals(3, roll.headcount());
        assertEquals(8950 + 10025 + 12000, roll.totalArea());
        assertEquals(VoterKind.ORGANIZATION, voter(roll, "shop").kind());
        assertEquals("a", voter(roll, "a").delegate());
    }

    @Test
    void recordsWhichSourceEachAreaCameFrom() {
        UnitRecord surveyedOnly = new UnitRecord("1-103", "1", new CandidateAreas(null, new BigDecimal("77.77"), new BigDecimal("80.00")),
                false, DEV, List.of(OwnerRef.person("c")), null, true, true);
        VoterRoll roll = roll(owned("1-101", "1", "89.50", OwnerRef.person("a")), surveyedOnly);
        assertEquals(new ExclusiveArea(7777, AreaSource.SURVEYED), roll.units().get(1).area());
        assertEquals(AreaSource.REGISTERED, roll.units().get(0).area().source());
        assertEquals(8950 + 7777, roll.totalArea());
    }

    @Test
    void anOwnerOfSeveralUnitsIsOneVoterWithTheAreasAdded() {
        OwnerRef a = OwnerRef.person("a");
        VoterRoll roll = roll(
                owned("2-201", "2", "60.00", a),
                owned("1-101", "1", "89.50", a),
                owned("1-102", "1", "100.00", OwnerRef.person("b")));
        assertEquals(2, roll.headcount());
        Voter voter = voter(roll, "a");
        assertEquals(14950, voter.area());
        assertEquals(List.of("1-101", "2-201"), voter.unitIds());
        assertEquals(Map.of("1", 8950L, "2", 6000L), voter.areaByBuilding());
        assertEquals(List.of("1", "2"), voter.buildings());
    }

    @Test
    void developersUnsoldAndUndeliveredUnitsAreOneHead() {
        VoterRoll roll = roll(
                unsold("1-101", "1", "90.00"),
                unsold("2-101", "2", "80.00"),
                soldNotDelivered("1-102", "1", "70.00", OwnerRef.person("buyer")),
                owned("1-103", "1", "60.00", OwnerRef.person("b")));
        assertEquals(2, roll.headcount());
        Voter developer = voter(roll, "dev");
        assertEquals(VoterKind.DEVELOPER, developer.kind());
        assertEquals(List.of("1-101", "1-102", "2-101"), developer.unitIds());
        assertEquals(24000, developer.area());
        assertTrue(roll.voters().stream().noneMatch(v -> v.key().equals("buyer")),
                "a buyer does not vote for a unit not yet delivered");
    }

    @Test
    void aUnitSoldAndDeliveredCountsForItsBuyer() {
        VoterRoll roll = roll(unsold("1-101", "1", "90.00"), owned("1-102", "1", "70.00", OwnerRef.person("buyer")));
        assertEquals(List.of("1-102"), voter(roll, "buyer").unitIds());
        assertEquals(List.of("1-101"), voter(roll, "dev").unitIds());
    }

    @Test
    void aCoOwnedUnitIsOneHeadKeyedByItsSortedCoOwnersAndVotesThroughTheDesignatedVoter() {
        VoterRoll roll = roll(coOwned("1-101", "1", "89.50", "wife", OwnerRef.person("wife"), OwnerRef.person("husband")));
        assertEquals(1, roll.headcount());
        Voter voter = roll.voters().get(0);
        assertEquals("husband&wife", voter.key());
        assertEquals(VoterKind.CO_OWNERS, voter.kind());
        assertEquals(List.of("husband", "wife"), voter.ownerKeys());
        assertEquals("wife", voter.delegate());
    }

    @Test
    void coOwnersWithoutADesignatedVoterStillCountInTheTotals() {
        VoterRoll roll = roll(coOwned("1-101", "1", "89.50", null, OwnerRef.person("x"), OwnerRef.person("y")));
        assertNull(roll.voters().get(0).delegate());
        assertEquals(1, roll.headcount());
        assertEquals(8950, roll.totalArea());
    }

    @Test
    void theSameCoOwnersOfTwoUnitsAreOneVoter() {
        OwnerRef x = OwnerRef.person("x");
        OwnerRef y = OwnerRef.person("y");
        VoterRoll roll = roll(
                coOwned("1-101", "1", "89.50", "x", x, y),
                coOwned("1-102", "1", "10.50", null, y, x));
        assertEquals(1, roll.headcount());
        assertEquals(10000, roll.voters().get(0).area());
        assertEquals("x", roll.voters().get(0).delegate());
    }

    @Test
    void coOwnersMayNotDesignateTwoDifferentVoters() {
        OwnerRef x = OwnerRef.person("x");
        OwnerRef y = OwnerRef.person("y");
        assertThrows(IllegalArgumentException.class, () -> roll(
                coOwned("1-101", "1", "89.50", "x", x, y),
                coOwned("1-102", "1", "10.50", "y", x, y)));
    }

    @Test
    void aPersonWhoCoOwnsOneUnitAndSolelyOwnsAnotherIsInTwoVoters() {
        OwnerRef x = OwnerRef.person("x");
        VoterRoll roll = roll(
                coOwned("1-101", "1", "89.50", "x", x, OwnerRef.person("y")),
                owned("1-102", "1", "50.00", x));
        assertEquals(2, roll.headcount());
        assertEquals(8950, voter(roll, "x&y").area());
        assertEquals(5000, voter(roll, "x").area());
    }

    @Test
    void parkingAreaDoesNotCountByDefaultButParkingOwnersStayOwners() {
        OwnerRef a = OwnerRef.person("a");
        List<UnitRecord> units = List.of(
                owned("1-101", "1", "89.50", a),
                parking("P-001", "12.50", a),
                parking("P-002", "13.00", OwnerRef.person("parkingOnly")));
        VoterRoll without = VoterRoll.compute(units, RollOptions.DEFAULTS);
        assertEquals(2, without.headcount());
        assertEquals(8950, without.totalArea());
        assertEquals(0, voter(without, "parkingOnly").area());
        assertFalse(without.units().get(1).areaCounts());
        assertEquals(1250, without.units().get(1).area().centiM2(), "the picked area is still recorded");

        VoterRoll with = VoterRoll.compute(units, new RollOptions(true));
        assertEquals(2, with.headcount());
        assertEquals(8950 + 1250 + 1300, with.totalArea());
        assertEquals(10200, voter(with, "a").area());
    }

    @Test
    void refusesInconsistentRecordsNamingTheUnit() {
        OwnerRef a = OwnerRef.person("a");
        CandidateAreas area = CandidateAreas.registered("50.00");
        List<List<UnitRecord>> bad = List.of(
                List.of(owned("1-101", "1", "50.00", a), owned("1-101", "1", "60.00", OwnerRef.person("b"))),
                List.of(new UnitRecord("1-101", "1", area, false, DEV, List.of(), null, false, true)),
                List.of(new UnitRecord("1-101", "1", area, false, DEV, List.of(a), null, false, false)),
                List.of(new UnitRecord("1-101", "1", area, false, null, List.of(), null, false, false)),
                List.of(new UnitRecord("1-101", "1", area, false, null, List.of(a), null, true, false)),
                List.of(new UnitRecord("1-101", "1", area, false, DEV, List.of(), null, true, true)),
                List.of(new UnitRecord("1-101", "1", area, false, DEV, List.of(a, a), null, true, true)),
                List.of(new UnitRecord("1-101", "1", area, false, DEV, List.of(DEV), null, true, true)),
                List.of(new UnitRecord("1-101", "1", area, false, OwnerRef.person("p"), List.of(), null, false, false)),
                List.of(coOwned("1-101", "1", "50.00", "stranger", a, OwnerRef.person("b"))),
                List.of(owned("1-101", "1", "50.00", a), owned("1-102", "1", "50.00", OwnerRef.organization("a"))),
                List.of(owned("1-101", "1", "50.005", a)));
        for (List<UnitRecord> units : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VoterRoll.compute(units, RollOptions.DEFAULTS), units.toString());
            assertTrue(e.getMessage().startsWith("unit 1-10"), e.getMessage());
        }
    }

    @Test
    void ownerKeysCannotForgeACoOwnersKey() {
        assertThrows(IllegalArgumentException.class, () -> OwnerRef.person("x&y"));
        assertThrows(IllegalArgumentException.class, () -> OwnerRef.person(" "));
    }
}
