package cn.shangliang.assembly.rules;

import cn.shangliang.community.rules.CandidateAreas;
import cn.shangliang.community.rules.OwnerRef;
import cn.shangliang.community.rules.RollOptions;
import cn.shangliang.community.rules.UnitRecord;
import cn.shangliang.community.rules.VoterRoll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated estate of 20,000 units: run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=TallyBenchmark}.
 */
@Tag("benchmark")
class TallyBenchmark {

    private static final int UNITS = 20_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 31;

    @Test
    void tallyOfATwentyThousandUnitEstate() {
        Random random = new Random(20_000);
        List<UnitRecord> units = estate(random);
        VoterRoll roll = VoterRoll.compute(units, RollOptions.DEFAULTS);
        IndexedVoterRoll roster = IndexedVoterRoll.of(roll);

        List<OnlineBallot<Choice>> online = new ArrayList<>();
        Map<String, Map<String, Choice>> electionBallots = new HashMap<>();
        List<String> candidates = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
        Set<String> silent = new HashSet<>();
        long sequence = 0;
        for (VoterRollEntry voter : roster.voters()) {
            if (random.nextInt(100) < 78) {
                Choice choice = random.nextInt(100) < 70 ? Choice.AGREE : Choice.values()[1 + random.nextInt(2)];
                online.add(new OnlineBallot<>(voter.key(), ++sequence, Instant.EPOCH.plusSeconds(sequence), choice));
                Map<String, Choice> marks = new HashMap<>();
                for (String c : candidates) {
                    if (marks.size() < 7 && random.nextBoolean()) {
                        marks.put(c, Choice.AGREE);
                    }
                }
                electionBallots.put(voter.key(), marks);
            } else {
                silent.add(voter.key());
            }
        }
        BallotRecords<Choice> records = new BallotRecords<>(online, List.of(), List.of(), List.of());
        Map<String, Choice> ballots = EffectiveBallots.resolve(records, OptionalInt.empty()).choices();
        SilentMajorityClause clause = new SilentMajorityClause("议事规则第十二条", silent);

        double decide = median(() -> Tally.decide(MatterType.RAISE_MAINTENANCE_FUND, roster, ballots, null));
        double deemed = median(() -> Tally.decide(MatterType.RAISE_MAINTENANCE_FUND, roster, ballots, clause));
        double election = median(() -> CommitteeElection.elect(roster, electionBallots, candidates, 7));
        double rollTime = median(() -> VoterRoll.compute(units, RollOptions.DEFAULTS));
        double resolve = median(() -> EffectiveBallots.resolve(records, OptionalInt.empty()));

        System.out.printf("TallyBenchmark: %d units, %d voters, %d ballots, median of %d runs after %d warm-up runs%n",
                UNITS, roll.headcount(), ballots.size(), RUNS, WARM_UP);
        System.out.printf("  tally (raw)                  %8.2f ms%n", decide);
        System.out.printf("  tally (raw + deemed)         %8.2f ms%n", deemed);
        System.out.printf("  election (9 candidates)      %8.2f ms%n", election);
        System.out.printf("  voter roll                   %8.2f ms%n", rollTime);
        System.out.printf("  effective ballots (online)   %8.2f ms%n", resolve);
        assertTrue(decide < 100, "tally took " + decide + " ms");
    }

    private static List<UnitRecord> estate(Random random) {
        OwnerRef developer = OwnerRef.developer("dev");
        List<UnitRecord> units = new ArrayList<>(UNITS);
        OwnerRef previous = null;
        for (int i = 0; i < UNITS; i++) {
            String building = Integer.toString(1 + i / 500);
            boolean parking = i % 20 == 19;
            BigDecimal area = BigDecimal.valueOf(parking ? 1200 + random.nextInt(300) : 6000 + random.nextInt(9000), 2);
            CandidateAreas areas = random.nextInt(10) == 0
                    ? new CandidateAreas(null, area, area.add(BigDecimal.ONE))
                    : new CandidateAreas(area, null, null);
            int kind = random.nextInt(100);
            if (kind < 5) {
                units.add(new UnitRecord("u" + i, building, areas, parking, developer, List.of(), null, false, false));
                continue;
            }
            OwnerRef owner = kind < 10 && previous != null ? previous : OwnerRef.person("p" + i);
            List<OwnerRef> owners = kind >= 90 ? List.of(owner, OwnerRef.person("s" + i)) : List.of(owner);
            units.add(new UnitRecord("u" + i, building, areas, parking, developer, owners, owner.key(), true, kind >= 7));
            previous = owner;
        }
        return units;
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
