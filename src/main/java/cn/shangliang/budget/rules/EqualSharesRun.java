package cn.shangliang.budget.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One run of the Method of Equal Shares with a fixed per-voter budget, in exact arithmetic.
 *
 * <p>Voters are tracked by budget class: voters who paid the same amounts hold the same money and share
 * one class. Buying a project moves only its own supporters to new classes. A project's price comes from
 * the poor/rich split over the classes of its supporters, counted when it is priced; because prices only
 * rise as money is spent, a project is re-priced only when it reaches the top of the queue with a price
 * from an earlier round (the lazy evaluation equalshares.net describes), so a run prices each project a
 * few times, not every round.
 *
 * <p>All money is held as integer multiples of one common unit 1/{@code scale}. Summing and comparing
 * fractions with unrelated denominators spent nearly all the time in GCDs; with a common unit they are
 * integer additions and comparisons. When a price is not a whole number of units, the unit is refined
 * (every amount multiplied by the same factor), which keeps every value exact. A class is rescaled only
 * when it is next read, by the product of the factors since it was last read: most classes are never
 * read again once their voters have spent their money.
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = -1;
    /** Relative gap beyond which a comparison of doubles is certain (their own error is below 1e-15). */
    private static final double CERTAIN = 1e-9;

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

    private BigInteger scale;
    private final BigInteger[] costUnits;
    /** Money of each class, in the unit of {@code classUnit}; null once no voter is left in the class. */
    private final List<BigInteger> classMoney = new ArrayList<>();
    private int[] classUnit = new int[64];
    /**
     * Money of each class as a double, in currency (money / scale), which a refinement of the unit leaves unchanged:
     * pricing compares a class's money with the share by this first and reads the exact value only when the two
     * are too close for a double to tell (see {@link #price}).
     */
    private double[] classApprox = new double[64];
    /** For each past unit u: how many current units make one unit u. */
    private final List<BigInteger> unitsPerPastUnit = new ArrayList<>(List.of(BigInteger.ONE));
    /** Voters in each class. */
    private long[] classVoters = new long[64];
    private final int[] groupClass;
    private final boolean[] open;
    /** Scratch for pricing one project: its supporters per class, the classes seen, and their counts. */
    private long[] supportersInClass = new long[64];
    private final int[] seenClasses;
    private final long[] seenCounts;

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
        scale = perVoterBudget.denominator();
        for (Fraction cost : profile.cost) {
            scale = lcm(scale, cost.denominator());
        }
        costUnits = new BigInteger[m];
        for (int p = 0; p < m; p++) {
            costUnits[p] = units(profile.cost[p]);
        }
        groupClass = new int[profile.groupProjects.length];
        int start = ZERO_CLASS;
        if (perVoterBudget.signum() > 0) {
            start = newClass(units(perVoterBudget));
            classVoters[start] = profile.voters;
        }
        Arrays.fill(groupClass, start);
        int mostGroups = Arrays.stream(profile.projectGroups).mapToInt(groups -> groups.length).max().orElse(0);
        seenClasses = new int[mostGroups];
        seenCounts = new long[mostGroups];
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
        BigInteger money = BigInteger.ZERO;
        for (Map.Entry<Integer, Long> entry : perClass.entrySet()) {
            money = money.add(money(entry.getKey()).multiply(BigInteger.valueOf(entry.getValue())));
        }
        return Fraction.of(money, scale);
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

    /**
     * A project's price in one round: {@code remainder / rich} units per rich supporter, where
     * {@code remainder} is what the poorer supporters could not cover.
     */
    private record Offer(int project, BigInteger keyNumerator, BigInteger keyDenominator, BigInteger remainder,
            long rich, int round) {
    }

    private void buyRounds() {
        PriorityQueue<Offer> queue = new PriorityQueue<>(this::compareOffers);
        for (int p = 0; p < open.length; p++) {
            if (open[p]) {
                // every supporter paying an equal share is the lowest price possible: a valid lower bound
                queue.add(offer(p, costUnits[p], profile.supporters[p], 0));
            }
        }
        int currentRound = 1;
        while (!queue.isEmpty()) {
            Offer top = queue.poll();
            if (top.round() == currentRound) {
                buy(top, currentRound++);
            } else {
                Offer fresh = price(top.project(), currentRound);
                if (fresh == null) {
                    open[top.project()] = false;
                } else {
                    queue.add(fresh);
                }
            }
        }
    }

    /**
     * The key is kept as an unreduced ratio, independent of the unit it was priced in: price / cost is
     * remainder / (rich × cost units), the price alone remainder / (rich × scale). Reducing it (a GCD per
     * offer) and dividing fractions cost more than the rest of the pricing; comparing by
     * cross-multiplication needs neither.
     */
    private Offer offer(int p, BigInteger remainder, long rich, int offerRound) {
        BigInteger per = utilities == Utilities.COST ? costUnits[p] : scale;
        return new Offer(p, remainder, per.multiply(BigInteger.valueOf(rich)), remainder, rich, offerRound);
    }

    private int compareOffers(Offer a, Offer b) {
        int byKey = a.keyNumerator().multiply(b.keyDenominator()).compareTo(b.keyNumerator().multiply(a.keyDenominator()));
        if (byKey != 0) {
            return byKey;
        }
        return tieBreak.compare(profile.projects.get(a.project()), a.project(),
                profile.projects.get(b.project()), b.project());
    }

    /**
     * The lowest price q such that supporters paying min(money, q) cover the cost, or null when all their
     * money together falls short. Supporters with less than q pay everything; the rich pay q each.
     */
    private Offer price(int p, int offerRound) {
        int live = 0;
        long rich = 0;
        for (int g : profile.projectGroups[p]) {
            int c = groupClass[g];
            if (c != ZERO_CLASS) {
                if (supportersInClass[c] == 0) {
                    seenClasses[live++] = c;
                }
                supportersInClass[c] += profile.groupWeight[g];
                rich += profile.groupWeight[g];
            }
        }
        for (int i = 0; i < live; i++) {
            seenCounts[i] = supportersInClass[seenClasses[i]];
            supportersInClass[seenClasses[i]] = 0;
        }
        BigInteger remainder = costUnits[p];
        double scaleApprox = scale.doubleValue();
        BigInteger[] paidByUnit = new BigInteger[unitsPerPastUnit.size()];
        while (rich > 0) {
            // money < remainder / rich  <=>  money < ceil(remainder / rich), money being whole units
            BigInteger share = null;
            double shareApprox = remainder.doubleValue() / scaleApprox / rich;
            int kept = 0;
            for (int i = 0; i < live; i++) {
                int c = seenClasses[i];
                // Both doubles are within a few ulps (~1e-15 relative) of the exact values, so a gap of more than
                // 1e-9 of the share decides exactly; closer ones are compared in integers (issue 17: the exact
                // comparison, with the rescaling it needs, was most of Equal Shares' time).
                double approx = classApprox[c];
                boolean poor;
                if (approx < shareApprox * (1 - CERTAIN)) {
                    poor = true;
                } else if (approx > shareApprox * (1 + CERTAIN)) {
                    poor = false;
                } else {
                    if (share == null) {
                        BigInteger[] division = remainder.divideAndRemainder(BigInteger.valueOf(rich));
                        share = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
                    }
                    poor = money(c).compareTo(share) < 0;
                }
                if (poor) {
                    // what the poorer pay, summed in each class's own unit and rescaled once per unit below: one
                    // small multiplication per class instead of a rescaling of every class's money
                    int u = classUnit[c];
                    BigInteger paid = seenCounts[i] == 1 ? classMoney.get(c)
                            : classMoney.get(c).multiply(BigInteger.valueOf(seenCounts[i]));
                    paidByUnit[u] = paidByUnit[u] == null ? paid : paidByUnit[u].add(paid);
                    rich -= seenCounts[i];
                } else {
                    seenClasses[kept] = seenClasses[i];
                    seenCounts[kept++] = seenCounts[i];
                }
            }
            for (int u = 0; u < paidByUnit.length; u++) {
                if (paidByUnit[u] != null) {
                    remainder = remainder.subtract(u == currentUnit() ? paidByUnit[u]
                            : paidByUnit[u].multiply(unitsPerPastUnit.get(u)));
                    paidByUnit[u] = null;
                }
            }
            if (kept == live) {
                return offer(p, remainder, rich, offerRound);
            }
            live = kept;
        }
        return null;
    }

    private void buy(Offer offer, int roundNumber) {
        int w = offer.project();
        open[w] = false;
        round[w] = roundNumber;
        price[w] = Fraction.of(offer.remainder(), scale.multiply(BigInteger.valueOf(offer.rich())));
        funded.add(w);
        spent = spent.add(profile.cost[w]);
        BigInteger rich = BigInteger.valueOf(offer.rich());
        BigInteger gcd = offer.remainder().gcd(rich);
        refineUnit(rich.divide(gcd));
        BigInteger payment = offer.remainder().divide(gcd);
        // class -> class its payers move to; filled lazily, classes created here never pay again this round
        int[] moves = new int[classMoney.size()];
        Arrays.fill(moves, Integer.MIN_VALUE);
        for (int g : profile.projectGroups[w]) {
            int from = groupClass[g];
            if (from == ZERO_CLASS) {
                continue;
            }
            int to = moves[from];
            if (to == Integer.MIN_VALUE) {
                BigInteger left = money(from).subtract(payment);
                to = left.signum() > 0 ? newClass(left) : ZERO_CLASS;
                moves[from] = to;
            }
            groupClass[g] = to;
            long weight = profile.groupWeight[g];
            leave(from, weight);
            if (to != ZERO_CLASS) {
                classVoters[to] += weight;
            }
        }
    }

    private int newClass(BigInteger money) {
        classMoney.add(money);
        int id = classMoney.size() - 1;
        if (id == classVoters.length) {
            classVoters = Arrays.copyOf(classVoters, id * 2);
            supportersInClass = Arrays.copyOf(supportersInClass, id * 2);
            classUnit = Arrays.copyOf(classUnit, id * 2);
            classApprox = Arrays.copyOf(classApprox, id * 2);
        }
        classUnit[id] = currentUnit();
        classApprox[id] = money.doubleValue() / scale.doubleValue();
        return id;
    }

    /** The money of class {@code c} in the current unit. */
    private BigInteger money(int c) {
        int unit = classUnit[c];
        if (unit == currentUnit()) {
            return classMoney.get(c);
        }
        BigInteger money = classMoney.get(c).multiply(unitsPerPastUnit.get(unit));
        classMoney.set(c, money);
        classUnit[c] = currentUnit();
        return money;
    }

    private int currentUnit() {
        return unitsPerPastUnit.size() - 1;
    }

    private void leave(int from, long weight) {
        if ((classVoters[from] -= weight) == 0) {
            classMoney.set(from, null);
        }
    }

    /** Makes the unit {@code factor} times finer so that the next payment is a whole number of units. */
    private void refineUnit(BigInteger factor) {
        if (factor.equals(BigInteger.ONE)) {
            return;
        }
        scale = scale.multiply(factor);
        unitsPerPastUnit.replaceAll(units -> units.multiply(factor));
        unitsPerPastUnit.add(BigInteger.ONE);
        for (int p = 0; p < costUnits.length; p++) {
            costUnits[p] = costUnits[p].multiply(factor);
        }
    }

    private BigInteger units(Fraction amount) {
        return amount.numerator().multiply(scale.divide(amount.denominator()));
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
