package cn.shangliang.assembly.rules;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random small estates, where exact ties are frequent, counted again by a naive reference written
 * straight from the text of Art. 278 ¶2 (each fraction spelled out, BigInteger arithmetic).
 */
class TallyReferenceTest {

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger THREE = BigInteger.valueOf(3);
    private static final BigInteger FOUR = BigInteger.valueOf(4);

    @Test
    void agreesWithTheReferenceOnTwentyThousandRandomEstates() {
        Random random = new Random(278);
        Choice[] choices = {null, Choice.AGREE, Choice.OPPOSE, Choice.ABSTAIN};
        for (int run = 0; run < 20_000; run++) {
            int size = 1 + random.nextInt(9);
            List<VoterRollEntry> voters = new ArrayList<>();
            Map<String, Choice> ballots = new HashMap<>();
            for (int i = 0; i < size; i++) {
                String building = "b" + random.nextInt(3);
                TreeMap<String, Long> areas = new TreeMap<>(Map.of(building, 1L + random.nextInt(4)));
                if (random.nextInt(4) == 0) {
                    areas.merge("b" + random.nextInt(3), (long) random.nextInt(3), Long::sum);
                }
                voters.add(new VoterRollEntry("v" + i, areas));
                Choice choice = choices[random.nextInt(choices.length)];
                if (choice != null) {
                    ballots.put("v" + i, choice);
                }
            }
            IndexedVoterRoll roster = new IndexedVoterRoll(voters);
            MatterType matter = MatterType.values()[random.nextInt(MatterType.values().length)];
            TallyResult result = Tally.decide(matter, roster, ballots, null).raw();
            assertEquals(reference(matter, voters, ballots), result.passed(), () -> matter + " " + voters + " " + ballots);
            TallyTest.assertBuildingsAddUp(result);
        }
    }

    private static boolean reference(MatterType matter, List<VoterRollEntry> voters, Map<String, Choice> ballots) {
        BigInteger totalArea = BigInteger.ZERO;
        BigInteger totalHeads = BigInteger.ZERO;
        BigInteger partArea = BigInteger.ZERO;
        BigInteger partHeads = BigInteger.ZERO;
        BigInteger agreeArea = BigInteger.ZERO;
        BigInteger agreeHeads = BigInteger.ZERO;
        for (VoterRollEntry v : voters) {
            BigInteger area = BigInteger.ZERO;
            for (long a : v.areaByBuilding().values()) {
                area = area.add(BigInteger.valueOf(a));
            }
            totalArea = totalArea.add(area);
            totalHeads = totalHeads.add(BigInteger.ONE);
            Choice c = ballots.get(v.key());
            if (c != null) {
                partArea = partArea.add(area);
                partHeads = partHeads.add(BigInteger.ONE);
            }
            if (c == Choice.AGREE) {
                agreeArea = agreeArea.add(area);
                agreeHeads = agreeHeads.add(BigInteger.ONE);
            }
        }
        // 三分之二以上: 3·part ≥ 2·total, for area and for heads
        boolean quorum = THREE.multiply(partArea).compareTo(TWO.multiply(totalArea)) >= 0
                && THREE.multiply(partHeads).compareTo(TWO.multiply(totalHeads)) >= 0;
        boolean major = matter.ordinal() >= 5 && matter.ordinal() <= 7;
        boolean agreed = major
                // 四分之三以上: 4·agree ≥ 3·participating
                ? FOUR.multiply(agreeArea).compareTo(THREE.multiply(partArea)) >= 0
                  && FOUR.multiply(agreeHeads).compareTo(THREE.multiply(partHeads)) >= 0
                // 过半数: 2·agree > participating
                : TWO.multiply(agreeArea).compareTo(partArea) > 0
                  && TWO.multiply(agreeHeads).compareTo(partHeads) > 0;
        return quorum && agreed;
    }
}
