package cn.shangliang.budget.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times parsing and the rules on the largest shared file (Łódź 2022) and on the Pabulib README's
 * benchmark instance (Warszawa 2026): a few warm-ups, then the median of several runs. Excluded from
 * normal runs; run with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=BudgetSelectionBenchmark}.
 */
@Tag("benchmark")
class BudgetSelectionBenchmark {

    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;

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

    private static Path sharedFolder() {
        Path folder = PabulibFiles.sharedFolder().orElse(null);
        assumeTrue(folder != null, "no shared/data/pabulib folder");
        return folder;
    }

    private static void run(Path largest) throws Exception {
        PabulibElection election = PabulibParser.parse(largest);
        SelectionInput input = election.toSelectionInput();
        RuleParams pabulib = RuleParams.pabulib(election.meta());
        System.out.printf("%s: %d ballots, %d projects, %d bytes%n", largest.getFileName(), input.ballots().size(),
                input.projects().size(), Files.size(largest));

        time("parse", () -> PabulibParser.parse(largest));
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
        return result.selected().size() + " funded, spent " + result.spent().toPlainString() + ", "
                + any.completionStep() + " raises, per voter " + any.perVoterBudget();
    }

    private static void time(String label, Callable<?> task) throws Exception {
        Object outcome = null;
        for (int i = 0; i < WARM_UPS; i++) {
            outcome = task.call();
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            outcome = task.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-48s median %6d ms  (min %d, max %d)%s%n", label, millis[RUNS / 2], millis[0],
                millis[RUNS - 1], outcome instanceof String s ? "  " + s : "");
    }
}
