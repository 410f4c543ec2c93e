package cn.shangliang.budget.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The approval profile Equal Shares runs on, built once and shared by every Add1 rerun. Voters with the
 * same ballot always hold the same money, so they are merged into one weighted group.
 */
final class EqualSharesProfile {

    /** The class of groups with no money left (both computations pool groups of equal money in classes). */
    static final int ZERO_CLASS = -1;

    final List<Project> projects;
    final Fraction[] cost;
    /** Number of voters approving each project. */
    final long[] supporters;
    /** Positive cost, not withdrawn, at least one supporter: what the rounds may buy. */
    final boolean[] candidate;
    /** Zero cost with supporters: funded without payment, as pabutools does. */
    final boolean[] free;
    /** All voters, including those whose ballot approves no candidate: each gets a share of the budget. */
    final int voters;
    final int[][] groupProjects;
    final long[] groupWeight;
    final int[][] projectGroups;

    private EqualSharesProfile(SelectionInput input) {
        projects = input.projects();
        int m = projects.size();
        voters = input.ballots().size();
        cost = new Fraction[m];
        supporters = new long[m];
        candidate = new boolean[m];
        free = new boolean[m];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m; i++) {
            index.put(projects.get(i).id(), i);
            cost[i] = Fraction.of(projects.get(i).cost());
        }
        Map<BallotKey, long[]> groups = new HashMap<>();
        for (BallotChoices ballot : input.ballots()) {
            int[] approved = ballot.projectIds().stream().mapToInt(index::get).toArray();
            for (int p : approved) {
                supporters[p]++;
            }
            Arrays.sort(approved);
            groups.computeIfAbsent(new BallotKey(approved), k -> new long[1])[0]++;
        }
        for (int i = 0; i < m; i++) {
            boolean eligible = supporters[i] > 0 && !projects.get(i).withdrawn();
            candidate[i] = eligible && cost[i].signum() > 0;
            free[i] = eligible && cost[i].signum() == 0;
        }
        groupProjects = new int[groups.size()][];
        groupWeight = new long[groups.size()];
        int[] groupsPerProject = new int[m];
        int g = 0;
        for (Map.Entry<BallotKey, long[]> group : groups.entrySet()) {
            groupProjects[g] = Arrays.stream(group.getKey().projects()).filter(p -> candidate[p]).toArray();
            groupWeight[g] = group.getValue()[0];
            for (int p : groupProjects[g]) {
                groupsPerProject[p]++;
            }
            g++;
        }
        projectGroups = new int[m][];
        for (int p = 0; p < m; p++) {
            projectGroups[p] = new int[groupsPerProject[p]];
            groupsPerProject[p] = 0;
        }
        for (g = 0; g < groupProjects.length; g++) {
            for (int p : groupProjects[g]) {
                projectGroups[p][groupsPerProject[p]++] = g;
            }
        }
    }

    static EqualSharesProfile of(SelectionInput input) {
        return new EqualSharesProfile(input);
    }

    private record BallotKey(int[] projects) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BallotKey k && Arrays.equals(projects, k.projects);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(projects);
        }
    }

    /**
     * Project {@code w}'s supporters pay: each of its groups moves from its class ({@code groupClass}) to the class
     * {@code paying} gives for it, asked once per class of the {@code classes} that exist before (a class's groups
     * hold the same money and pay alike; classes made while paying never pay again this round). Groups with no money
     * left stay where they are.
     */
    void pay(int w, int[] groupClass, int classes, IntUnaryOperator paying) {
        int[] moves = new int[classes];
        Arrays.fill(moves, Integer.MIN_VALUE);
        for (int g : projectGroups[w]) {
            int from = groupClass[g];
            if (from == ZERO_CLASS) {
                continue;
            }
            int to = moves[from];
            if (to == Integer.MIN_VALUE) {
                to = paying.applyAsInt(from);
                moves[from] = to;
            }
            groupClass[g] = to;
        }
    }
}
