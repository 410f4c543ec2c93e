package cn.shangliang.budget.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One run of the Method of Equal Shares with a fixed per-voter budget, in exact arithmetic.
 *
 * <p>Voters are tracked by budget class: every voter holding the same amount shares one class, and each
 * project keeps how many of its supporters sit in each class. Buying a project moves only its own
 * supporters to new classes. A project's price is found by the poor/rich split over its few classes, and
 * because prices only rise as money is spent, a project is re-priced only when it reaches the top of the
 * queue with a price from an earlier round (the lazy evaluation equalshares.net describes).
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = -1;

    private final EqualSharesProfile profile;
    private final Utilities utilities;
    private final TieBreak tieBreak;
    final Fraction perVoterBudget;

    /** Funded projects in purchase order; free projects first. */
    final List<Integer> funded = new ArrayList<>();
    /** Per project: 0 for free, else the 1-based round it was bought in; -1 if not bought. */
    final int[] round;
    /** Per project: the price each supporter was asked for (poorer ones paid all they had). */
    final Fraction[] price;
    Fraction spent = Fraction.ZERO;

    private final List<Fraction> classBudget = new ArrayList<>();
    private final Map<Fraction, Integer> classOf = new HashMap<>();
    private final int[] groupClass;
    private final ClassCounts[] counts;
    private final boolean[] open;
    private int[] scratchKeys = new int[16];
    private long[] scratchCounts = new long[16];

    private EqualSharesRun(EqualSharesProfile profile, Fraction perVoterBudget, Utilities utilities, TieBreak tieBreak) {
        this.profile = profile;
        this.perVoterBudget = perVoterBudget;
        this.utilities = utilities;
        this.tieBreak = tieBreak;
        int m = profile.projects.size();
        round = new int[m];
        Arrays.fill(round, -1);
        price = new Fraction[m];
        open = profile.candidate.clone();
        groupClass = new int[profile.groupProjects.length];
        int start = classFor(perVoterBudget);
        Arrays.fill(groupClass, start);
        counts = new ClassCounts[m];
        for (int p = 0; p < m; p++) {
            if (open[p]) {
                counts[p] = new ClassCounts(4);
                if (start != ZERO_CLASS) {
                    counts[p].add(start, profile.supporters[p]);
                }
            }
        }
    }

    static EqualSharesRun run(EqualSharesProfile profile, Fraction perVoterBudget, Utilities utilities,
            TieBreak tieBreak) {
        EqualSharesRun run = new EqualSharesRun(profile, perVoterBudget, utilities, tieBreak);
        run.buyFreeProjects();
        run.buyRounds();
        return run;
    }

    /** What the supporters of project {@code p} had left when the run ended. */
    Fraction supportersMoneyLeft(int p) {
        Map<Integer, Long> perClass = new HashMap<>();
        for (int g : profile.projectGroups[p]) {
            if (groupClass[g] != ZERO_CLASS) {
                perClass.merge(groupClass[g], profile.groupWeight[g], Long::sum);
            }
        }
        Fraction money = Fraction.ZERO;
        for (Map.Entry<Integer, Long> entry : perClass.entrySet()) {
            money = money.add(classBudget.get(entry.getKey()).multiply(entry.getValue()));
        }
        return money;
    }

    private void buyFreeProjects() {
        for (int p = 0; p < profile.projects.size(); p++) {
            if (profile.free[p]) {
                round[p] = 0;
                price[p] = Fraction.ZERO;
                funded.add(p);
            }
        }
    }

    private record Offer(int project, Fraction key, Fraction price, int round) {
    }

    private void buyRounds() {
        PriorityQueue<Offer> queue = new PriorityQueue<>(this::compareOffers);
        for (int p = 0; p < open.length; p++) {
            if (open[p]) {
                // every supporter paying an equal share is the lowest price possible: a valid lower bound
                Fraction lowest = profile.cost[p].divide(profile.supporters[p]);
                queue.add(new Offer(p, key(p, lowest), lowest, 0));
            }
        }
        int currentRound = 1;
        while (!queue.isEmpty()) {
            Offer top = queue.poll();
            if (top.round() == currentRound) {
                buy(top.project(), top.price(), currentRound++);
                continue;
            }
            Fraction fresh = price(top.project());
            if (fresh == null) {
                open[top.project()] = false;
            } else {
                queue.add(new Offer(top.project(), key(top.project(), fresh), fresh, currentRound));
            }
        }
    }

    private int compareOffers(Offer a, Offer b) {
        int byKey = a.key().compareTo(b.key());
        if (byKey != 0) {
            return byKey;
        }
        return tieBreak.compare(profile.projects.get(a.project()), a.project(),
                profile.projects.get(b.project()), b.project());
    }

    private Fraction key(int p, Fraction pricePerSupporter) {
        return utilities == Utilities.COST ? pricePerSupporter.divide(profile.cost[p]) : pricePerSupporter;
    }

    /**
     * The lowest price q such that supporters paying min(budget, q) cover the cost, or null when all their
     * money together falls short. Supporters poorer than q pay everything; the rest pay q.
     */
    private Fraction price(int p) {
        ClassCounts classes = counts[p];
        if (scratchKeys.length < classes.keysUsed()) {
            scratchKeys = new int[classes.keysUsed()];
            scratchCounts = new long[classes.keysUsed()];
        }
        int live = classes.copyTo(scratchKeys, scratchCounts);
        long rich = 0;
        for (int i = 0; i < live; i++) {
            rich += scratchCounts[i];
        }
        Fraction poorMoney = Fraction.ZERO;
        while (rich > 0) {
            Fraction q = profile.cost[p].subtract(poorMoney).divide(rich);
            int kept = 0;
            for (int i = 0; i < live; i++) {
                Fraction budget = classBudget.get(scratchKeys[i]);
                if (budget.compareTo(q) < 0) {
                    poorMoney = poorMoney.add(budget.multiply(scratchCounts[i]));
                    rich -= scratchCounts[i];
                } else {
                    scratchKeys[kept] = scratchKeys[i];
                    scratchCounts[kept++] = scratchCounts[i];
                }
            }
            if (kept == live) {
                return q;
            }
            live = kept;
        }
        return null;
    }

    private void buy(int w, Fraction q, int roundNumber) {
        open[w] = false;
        round[w] = roundNumber;
        price[w] = q;
        funded.add(w);
        spent = spent.add(profile.cost[w]);
        Map<Integer, Integer> moves = new HashMap<>();
        for (int g : profile.projectGroups[w]) {
            int from = groupClass[g];
            if (from == ZERO_CLASS) {
                continue;
            }
            int to = moves.computeIfAbsent(from, c -> {
                Fraction budget = classBudget.get(c);
                return budget.compareTo(q) <= 0 ? ZERO_CLASS : classFor(budget.subtract(q));
            });
            groupClass[g] = to;
            long weight = profile.groupWeight[g];
            for (int p : profile.groupProjects[g]) {
                if (open[p]) {
                    counts[p].add(from, -weight);
                    if (to != ZERO_CLASS) {
                        counts[p].add(to, weight);
                    }
                }
            }
        }
    }

    private int classFor(Fraction budget) {
        if (budget.signum() == 0) {
            return ZERO_CLASS;
        }
        return classOf.computeIfAbsent(budget, b -> {
            classBudget.add(b);
            return classBudget.size() - 1;
        });
    }
}
