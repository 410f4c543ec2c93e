package cn.shangliang.hearing;

import static cn.shangliang.hearing.RepresentativeCategory.EXPERT;
import static cn.shangliang.hearing.RepresentativeCategory.ORDINARY_RESIDENT;
import static cn.shangliang.hearing.RepresentativeCategory.STAKEHOLDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatLotteryTest {
    private static final String SEED = "福彩3D 2025318 582";
    private static final Map<RepresentativeCategory, Integer> SEATS = Map.of(STAKEHOLDER, 3, ORDINARY_RESIDENT, 2, EXPERT, 2);

    /** Produced by the reference script in docs/rules/hearing.md, not by this code. */
    @Test
    void matchesTheReferenceScript() {
        LotteryResult result = SeatLottery.draw(SEED, SEATS, example());

        CategoryDraw stakeholders = result.draws().get(0);
        assertEquals(STAKEHOLDER, stakeholders.category());
        assertEquals(List.of(101L, 102L, 103L, 104L, 105L, 106L, 107L), stakeholders.pool());
        assertEquals(new DrawStep(1, "福彩3D 2025318 582|STAKEHOLDER|1",
                "5bdc240bd377f289e5b63e7634646c36c0f5ae2ea0f92f6b35cc1f69707fc212", 7, 3, 104), stakeholders.steps().get(0));
        assertEquals(new DrawStep(2, "福彩3D 2025318 582|STAKEHOLDER|2",
                "370be4b40058f2251623a1c0c0117ec94010097f3213b1cd94437064892fb6ff", 6, 1, 102), stakeholders.steps().get(1));
        assertEquals(List.of(104L, 102L, 101L), stakeholders.selected());
        assertEquals(List.of(103L, 105L, 106L, 107L), stakeholders.reserves());

        CategoryDraw residents = result.draws().get(1);
        assertEquals(ORDINARY_RESIDENT, residents.category());
        assertEquals(List.of(209L, 203L), residents.selected());
        assertEquals(List.of(205L, 202L, 201L), residents.reserves());

        CategoryDraw experts = result.draws().get(2);
        assertEquals(List.of(), experts.steps());
        assertEquals(List.of(301L, 302L), experts.selected());
    }

    @Test
    void sameSeedSameDrawWhateverTheInputOrder() {
        List<Applicant> shuffled = new ArrayList<>(example());
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(SeatLottery.draw(SEED, SEATS, example()), SeatLottery.draw(SEED, SEATS, shuffled));
    }

    @Test
    void anotherSeedGivesAnotherDraw() {
        assertNotEquals(SeatLottery.draw(SEED, SEATS, example()).selected(),
                SeatLottery.draw("福彩3D 2025318 583", SEATS, example()).selected());
    }

    /** Anyone holding only the published steps and pool can check every pick. */
    @Test
    void everyStepCanBeReplayedFromWhatIsPublished() throws Exception {
        for (CategoryDraw draw : SeatLottery.draw(SEED, SEATS, example()).draws()) {
            List<Long> remaining = new ArrayList<>(draw.pool());
            for (DrawStep step : draw.steps()) {
                assertEquals(SEED + "|" + draw.category().name() + "|" + step.step(), step.message());
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(step.message().getBytes(StandardCharsets.UTF_8));
                assertEquals(HexFormat.of().formatHex(hash), step.hashHex());
                assertEquals(remaining.size(), step.remaining());
                assertEquals(new BigInteger(step.hashHex(), 16).mod(BigInteger.valueOf(step.remaining())).intValue(), step.index());
                assertEquals(remaining.remove(step.index()), step.applicationNo());
            }
            assertTrue(remaining.isEmpty() || draw.steps().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0} applicants for 4 seats")
    @ValueSource(ints = {0, 1, 3, 4, 5, 9, 40})
    void seatsAreFilledUpToTheQuotaAndNeverBeyond(int applicants) {
        List<Applicant> list = new ArrayList<>();
        for (int i = 1; i <= applicants; i++) {
            list.add(new Applicant(i, STAKEHOLDER));
        }
        CategoryDraw draw = SeatLottery.draw(SEED, Map.of(STAKEHOLDER, 4), list).draws().get(0);
        assertEquals(Math.min(4, applicants), draw.selected().size());
        assertEquals(applicants > 4 ? applicants : 0, draw.steps().size());
        List<Long> everyone = new ArrayList<>(draw.selected());
        everyone.addAll(draw.reserves());
        assertEquals(draw.pool(), everyone.stream().sorted().toList(), "selected and reserves are the pool, once each");
    }

    @Test
    void aFullDrawOfAValidPlanMeetsTheQuota() {
        Map<RepresentativeCategory, Integer> plan = Map.of(STAKEHOLDER, 4, ORDINARY_RESIDENT, 3, EXPERT, 5,
                RepresentativeCategory.DEPUTY, 2, RepresentativeCategory.ORGANIZATION, 1);
        assertEquals(List.of(), HearingQuota.DEFAULT.validatePlan(plan));
        List<Applicant> applicants = new ArrayList<>();
        long no = 1;
        for (RepresentativeCategory category : RepresentativeCategory.values()) {
            for (int i = 0; i < plan.get(category) * 3; i++) {
                applicants.add(new Applicant(no++, category));
            }
        }
        for (int s = 0; s < 50; s++) {
            LotteryResult result = SeatLottery.draw("quota-" + s, plan, applicants);
            assertEquals(15, result.selected().size());
            assertEquals(List.of(), HearingQuota.DEFAULT.validateParticipants(plan, result.selected()));
        }
    }

    /**
     * Each of 10 applicants for 3 seats should be selected with probability 3/10. Over 20,000 fixed seeds the
     * expected count is 6,000 with standard deviation √(20000·0.3·0.7) ≈ 64.8; the bound is ±5σ. The seeds are
     * fixed, so the test is deterministic: it cannot flake, and it fails only if the draw is biased.
     */
    @Test
    void everyApplicantIsSelectedWithProbabilitySeatsOverApplicants() {
        int runs = 20_000;
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            applicants.add(new Applicant(i, STAKEHOLDER));
        }
        Map<Long, Integer> selected = new HashMap<>();
        for (int s = 0; s < runs; s++) {
            for (long no : SeatLottery.draw("uniformity-" + s, Map.of(STAKEHOLDER, 3), applicants).draws().get(0).selected()) {
                selected.merge(no, 1, Integer::sum);
            }
        }
        double expected = runs * 0.3;
        double bound = 5 * Math.sqrt(runs * 0.3 * 0.7);
        assertEquals(10, selected.size());
        selected.forEach((no, count) ->
                assertTrue(Math.abs(count - expected) <= bound, "applicant " + no + " selected " + count + " times"));
    }

    /** The whole ranking is a uniform permutation: each of the 6 orders of 3 applicants about 1,000 times in 6,000. */
    @Test
    void theRankingIsAUniformPermutation() {
        int runs = 6_000;
        List<Applicant> applicants = List.of(new Applicant(1, EXPERT), new Applicant(2, EXPERT), new Applicant(3, EXPERT));
        Map<List<Long>, Integer> orders = new HashMap<>();
        for (int s = 0; s < runs; s++) {
            CategoryDraw draw = SeatLottery.draw("permutation-" + s, Map.of(EXPERT, 1), applicants).draws().get(0);
            List<Long> order = new ArrayList<>(draw.selected());
            order.addAll(draw.reserves());
            orders.merge(order, 1, Integer::sum);
        }
        double expected = runs / 6.0;
        double bound = 5 * Math.sqrt(runs * (1 / 6.0) * (5 / 6.0));
        assertEquals(6, orders.size());
        orders.forEach((order, count) -> assertTrue(Math.abs(count - expected) <= bound, order + " drawn " + count + " times"));
    }

    @Test
    void refusesAmbiguousInput() {
        assertThrows(IllegalArgumentException.class, () -> SeatLottery.draw(" ", SEATS, example()));
        assertThrows(IllegalArgumentException.class, () -> SeatLottery.draw(SEED + " ", SEATS, example()));
        assertThrows(IllegalArgumentException.class,
                () -> SeatLottery.draw(SEED, SEATS, List.of(new Applicant(1, EXPERT), new Applicant(1, STAKEHOLDER))));
        assertThrows(IllegalArgumentException.class,
                () -> SeatLottery.draw(SEED, Map.of(EXPERT, 1), List.of(new Applicant(1, STAKEHOLDER))));
        assertThrows(IllegalArgumentException.class, () -> SeatLottery.draw(SEED, Map.of(EXPERT, -1), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Applicant(0, EXPERT));
    }

    @Test
    void drawsAreListedInCategoryOrder() {
        Map<RepresentativeCategory, Integer> seats = new EnumMap<>(RepresentativeCategory.class);
        seats.put(EXPERT, 1);
        seats.put(STAKEHOLDER, 1);
        List<RepresentativeCategory> order = SeatLottery.draw(SEED, seats, List.of()).draws().stream()
                .map(CategoryDraw::category).toList();
        assertEquals(List.of(STAKEHOLDER, EXPERT), order);
    }

    private static List<Applicant> example() {
        List<Applicant> applicants = new ArrayList<>();
        for (long no : new long[] {107, 101, 102, 103, 104, 105, 106}) {
            applicants.add(new Applicant(no, STAKEHOLDER));
        }
        for (long no : new long[] {201, 202, 203, 205, 209}) {
            applicants.add(new Applicant(no, ORDINARY_RESIDENT));
        }
        applicants.add(new Applicant(301, EXPERT));
        applicants.add(new Applicant(302, EXPERT));
        return applicants;
    }
}
