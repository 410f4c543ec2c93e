package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times parsing and the rules on the largest shared file (Łódź 2022) and on the Pabulib README's
 * benchmark instance (Warszawa 2026): warm-ups, then the median of several runs, as wall time and as
 * the thread's CPU time (on a shared machine the wall time also counts waiting for a core). Tasks taking
 * over a second get 1 warm-up and 3 runs instead of 2 and 5. Excluded from normal runs; run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=BudgetSelectionBenchmark}.
 */
@Tag("benchmark")
class BudgetSelectionBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void largestFile() throws Exception {
        Path folder = sharedFolder();
        try (var files = Files.list(folder)) {
            run(files.filter(p -> p.toString().endsWith(".pb"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow());
        }
    }

    @Test
    void readmeBenchmarkInstance() throws Exception {
        Path file = sharedFolder().resolve("Poland_Warszawa_2026.pb");
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        run(file);
    }

    /**
     * Issue 19: a cycle of 200万元 with 5,000 voters and 24 projects of 5万–50万元, counted in fen (Add1 raising
     * one yuan, i.e. 100 fen, at a time) beside the same election counted in yuan: the same outcome.
     */
    @Test
    void cycleInFenBesideTheSameInYuan() throws Exception {
        java.util.Random random = new java.util.Random(2026_12_07L);
        java.util.List<Project> yuan = new java.util.ArrayList<>();
        for (int p = 0; p < 24; p++) {
            yuan.add(new Project(String.valueOf(p + 1), java.math.BigDecimal.valueOf(50_000L + 5_000L * random.nextInt(91))));
        }
        java.util.List<BallotChoices> ballots = new java.util.ArrayList<>();
        for (int v = 0; v < 5_000; v++) {
            java.util.List<String> approved = new java.util.ArrayList<>();
            for (int p = 0; p < yuan.size(); p++) {
                // a few popular projects, most approved by few
                if (random.nextInt(100) < 4 + (p % 6) * 6) {
                    approved.add(yuan.get(p).id());
                }
            }
            ballots.add(new BallotChoices(approved, java.util.List.of()));
        }
        SelectionInput inYuan = SelectionInput.of(java.math.BigDecimal.valueOf(2_000_000), VoteType.APPROVAL, yuan, ballots);
        SelectionInput inFen = SelectionInput.of(java.math.BigDecimal.valueOf(200_000_000), VoteType.APPROVAL,
                yuan.stream().map(p -> new Project(p.id(), p.cost().movePointRight(2))).toList(), ballots);
        for (Utilities utilities : Utilities.values()) {
            time("cycle in yuan, equalshares/add1 " + utilities, () -> describe(new EqualShares(utilities,
                    TieBreak.LOWER_COST_THEN_SUBMISSION, true, false).select(inYuan)));
            time("cycle in fen,  equalshares/add1 " + utilities, () -> describe(new EqualShares(utilities,
                    TieBreak.LOWER_COST_THEN_SUBMISSION, true, false, Fraction.of(100)).select(inFen)));
        }
    }

    private static Path sharedFolder() {
        Path folder = PabulibFiles.sharedFolder().orElse(null);
        assumeTrue(folder != null, "no shared/data/pabulib folder");
        return folder;
    }

    private static void run(Path file) throws Exception {
        PabulibElection election = PabulibParser.parse(file);
        SelectionInput input = election.toSelectionInput();
        RuleParams pabulib = RuleParams.pabulib(election.meta());
        System.out.printf("%s: %d ballots, %d projects, %d bytes%n", file.getFileName(), input.ballots().size(),
                input.projects().size(), Files.size(file));

        time("parse", () -> PabulibParser.parse(file));
        time("greedy", () -> SelectionRule.forName("greedy", pabulib).select(input));
        time(election.rule(), () -> SelectionRule.forName(election.rule(), pabulib).select(input));
        for (Utilities utilities : Utilities.values()) {
            RuleParams params = pabulib.withUtilities(utilities);
            time("equalshares " + utilities, () -> SelectionRule.forName("equalshares", params).select(input));
            time("equalshares/add1 " + utilities, () -> describe(SelectionRule.forName("equalshares/add1", params).select(input)));
            time("equalshares/add1 " + utilities + " stop when exhaustive",
                    () -> describe(SelectionRule.forName("equalshares/add1", params.withStopWhenExhaustive(true)).select(input)));
        }
    }

    private static String describe(SelectionResult<? extends Explanation> result) {
        EqualSharesExplanation any = (EqualSharesExplanation) result.explanations().get(0);
        return result.selected() + " funded, spent " + result.spent().toPlainString() + ", "
                + any.completionStep() + " raises, per voter " + any.perVoterBudget();
    }

    private static void time(String label, Callable<?> task) throws Exception {
        long firstStart = System.nanoTime();
        task.call();
        boolean slow = System.nanoTime() - firstStart > 1_000_000_000L;
        int warmUps = slow ? 1 : 2;
        int runs = slow ? 3 : 5;
        for (int i = 1; i < warmUps; i++) {
            task.call();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        Object outcome = null;
        for (int i = 0; i < runs; i++) {
            long wallStart = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            outcome = task.call();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000;
            wall[i] = (System.nanoTime() - wallStart) / 1_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-46s wall median %10s ms (min %10s)  cpu median %10s ms (min %10s)%s%n", label,
                millis(wall[runs / 2]), millis(wall[0]), millis(cpu[runs / 2]), millis(cpu[0]),
                outcome instanceof String s ? "  " + s : "");
    }

    private static String millis(long micros) {
        return String.format("%d.%03d", micros / 1000, micros % 1000);
    }
}
