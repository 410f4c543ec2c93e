package cn.shangliang.budget.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The greedy rules most cities use: rank projects by score, fund down the list while money lasts.
 * Withdrawn projects are never funded and never stop the list.
 */
public final class Greedy implements SelectionRule {

    private final String name;
    private final boolean stopAtFirstMiss;
    private final BigDecimal minScore;
    private final TieBreak tieBreak;

    private Greedy(String name, boolean stopAtFirstMiss, BigDecimal minScore, TieBreak tieBreak) {
        this.name = name;
        this.stopAtFirstMiss = stopAtFirstMiss;
        this.minScore = minScore;
        this.tieBreak = Objects.requireNonNull(tieBreak, "tieBreak");
    }

    /** "greedy": a project that does not fit is skipped and the next one is tried. */
    public static Greedy skipping(TieBreak tieBreak) {
        return new Greedy("greedy", false, null, tieBreak);
    }

    /** "greedy-no-skip": funding stops at the first project that does not fit (Wrocław). */
    public static Greedy stoppingAtFirstMiss(TieBreak tieBreak) {
        return new Greedy("greedy-no-skip", true, null, tieBreak);
    }

    /**
     * "greedy-threshold": projects scoring below {@code minScore} are dropped first, then greedy. A score
     * equal to the threshold is kept: Pabulib defines it as the minimum score a project must receive.
     */
    public static Greedy withThreshold(BigDecimal minScore, TieBreak tieBreak) {
        return new Greedy("greedy-threshold", false, Objects.requireNonNull(minScore, "minScore"), tieBreak);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SelectionResult<GreedyExplanation> select(SelectionInput input) {
        List<Project> projects = input.projects();
        Map<String, BigDecimal> scores = input.scores();
        BigDecimal remaining = input.budget();
        List<String> selected = new ArrayList<>();
        List<GreedyExplanation> explanations = new ArrayList<>(projects.size());
        boolean stopped = false;
        int rank = 0;
        for (int index : ranking(projects, scores)) {
            Project project = projects.get(index);
            BigDecimal score = scores.get(project.id());
            GreedyVerdict verdict;
            if (project.withdrawn()) {
                verdict = GreedyVerdict.WITHDRAWN;
            } else if (minScore != null && score.compareTo(minScore) < 0) {
                verdict = GreedyVerdict.BELOW_THRESHOLD;
            } else if (stopped) {
                verdict = GreedyVerdict.STOPPED;
            } else if (project.cost().compareTo(remaining) <= 0) {
                verdict = GreedyVerdict.FUNDED;
            } else {
                verdict = GreedyVerdict.DOES_NOT_FIT;
                stopped = stopAtFirstMiss;
            }
            explanations.add(new GreedyExplanation(project.id(), ++rank, score, project.cost(), remaining, verdict));
            if (verdict == GreedyVerdict.FUNDED) {
                selected.add(project.id());
                remaining = remaining.subtract(project.cost());
            }
        }
        return new SelectionResult<>(name, selected, input.budget().subtract(remaining), explanations);
    }

    private int[] ranking(List<Project> projects, Map<String, BigDecimal> scores) {
        Integer[] order = new Integer[projects.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            Project pa = projects.get(a);
            Project pb = projects.get(b);
            int byScore = scores.get(pb.id()).compareTo(scores.get(pa.id()));
            return byScore != 0 ? byScore : tieBreak.compare(pa, a, pb, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
