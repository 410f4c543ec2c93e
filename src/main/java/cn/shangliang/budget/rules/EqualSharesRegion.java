package cn.shangliang.budget.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How far the per-voter budget can rise above that of a finished run before the run could go differently:
 * what lets Add1 jump over the raises that cannot change the outcome instead of trying each one.
 *
 * <p>While every decision of a run stays the same, every voter's money is an affine function of the
 * per-voter budget t (it starts at t; a supporter who pays all pays an affine amount, a richer one pays the
 * price, which is affine in t as long as the same supporters are the poorer ones). The run is replayed
 * with each budget class held as value and slope at the run's budget t0, and for every decision the first
 * t at which it could flip is computed exactly:
 * <ul>
 * <li>the buyer's poorer supporters stay at or below its price, the richer ones above it (a richer one
 * left with exactly nothing counts as flipping unless it stays at nothing);</li>
 * <li>no project still unbought in a round gets a price as good as the buyer's (or as good and first in the
 * tie-break): with X(t) the buyer's price (times cost ratio for cost utilities), project q is as good as
 * soon as the sum over its supporters of min(money, X) reaches its cost, which is piecewise affine in t
 * and walked segment by segment;</li>
 * <li>after the last round, no unbought project becomes affordable.</li>
 * </ul>
 * Any run with a per-voter budget in [t0, t0 + {@link #reach}) makes the same decisions, so buys the same
 * projects. The bound may be lower than the true one (it only stops a jump early), never higher.
 */
final class EqualSharesRegion {

    private static final int ZERO_CLASS = EqualSharesProfile.ZERO_CLASS;

    private final EqualSharesProfile profile;
    private final EqualSharesRun run;
    private final Utilities utilities;
    private final TieBreak tieBreak;

    /** Per budget class: money at t0 and its slope in t. */
    private final List<Fraction> value = new ArrayList<>();
    private final List<Fraction> slope = new ArrayList<>();
    private final int[] groupClass;
    private long[] inClass = new long[64];
    private final int[] seen;
    private final long[] seenCount;
    /** The smallest rise found so far at which a decision could flip; null for none. */
    private Fraction best;
    /** Once the rise is known to be at most this (the next raise is then the next one anyway), stop looking. */
    private final Fraction floor;

    private EqualSharesRegion(EqualSharesProfile profile, EqualSharesRun run, Utilities utilities, TieBreak tieBreak,
            Fraction floor) {
        this.floor = floor;
        this.profile = profile;
        this.run = run;
        this.utilities = utilities;
        this.tieBreak = tieBreak;
        groupClass = new int[profile.groupProjects.length];
        int mostGroups = Arrays.stream(profile.projectGroups).mapToInt(groups -> groups.length).max().orElse(0);
        seen = new int[mostGroups];
        seenCount = new long[mostGroups];
    }

    /**
     * The rise of the per-voter budget above {@code run}'s up to which (exclusive) every run buys the same
     * projects; zero when the next budget may already differ, null when no rise changes anything. Stops
     * looking once the rise is known to be at most {@code floor}: then it is some value up to floor.
     */
    static Fraction reach(EqualSharesProfile profile, EqualSharesRun run, Utilities utilities, TieBreak tieBreak,
            Fraction floor) {
        if (run.perVoterBudget.signum() <= 0) {
            return Fraction.ZERO;
        }
        EqualSharesRegion region = new EqualSharesRegion(profile, run, utilities, tieBreak, floor);
        // the buyers' splits are cheap to check and usually the nearest bound: all of them first
        region.replay(false);
        if (!region.zero()) {
            region.replay(true);
        }
        return region.best;
    }

    private void replay(boolean rivals) {
        value.clear();
        slope.clear();
        int start = newClass(run.perVoterBudget, Fraction.ONE);
        Arrays.fill(groupClass, start);
        List<Integer> bought = new ArrayList<>();
        for (int w : run.funded) {
            if (run.round[w] > 0) {
                bought.add(w);
            }
        }
        for (int r = 0; r < bought.size() && !zero(); r++) {
            int w = bought.get(r);
            Fraction price = run.price(w);
            Fraction priceSlope = buyer(w, price);
            if (zero()) {
                return;
            }
            for (int q = 0; rivals && q < profile.candidate.length && !zero(); q++) {
                if (profile.candidate[q] && q != w && (run.round[q] < 0 || run.round[q] > run.round[w])) {
                    Fraction ratio = utilities == Utilities.COST ? profile.cost[q].divide(profile.cost[w]) : Fraction.ONE;
                    boolean qFirst = tieBreak.compare(profile.projects.get(q), q, profile.projects.get(w), w) < 0;
                    rival(q, price.multiply(ratio), priceSlope.multiply(ratio), qFirst);
                }
            }
            pay(w, price, priceSlope);
        }
        for (int q = 0; rivals && q < profile.candidate.length && !zero(); q++) {
            if (profile.candidate[q] && run.round[q] < 0) {
                unaffordable(q);
            }
        }
    }

    /** Checks the buyer's split into poorer and richer supporters; returns the slope of its price. */
    private Fraction buyer(int w, Fraction price) {
        int live = gather(w);
        Fraction poorSlope = Fraction.ZERO;
        long rich = 0;
        for (int i = 0; i < live; i++) {
            int c = seen[i];
            if (value.get(c).compareTo(price) < 0) {
                poorSlope = poorSlope.add(slope.get(c).multiply(seenCount[i]));
            } else {
                rich += seenCount[i];
            }
        }
        Fraction priceSlope = poorSlope.negate().divide(rich);
        for (int i = 0; i < live; i++) {
            int c = seen[i];
            Fraction gap = price.subtract(value.get(c));
            Fraction closing = slope.get(c).subtract(priceSlope);
            if (gap.signum() > 0) {
                if (closing.signum() > 0) {
                    // a poorer supporter catches up with the price: from there it would be a richer one
                    bound(gap.divide(closing));
                }
            } else if (gap.signum() == 0) {
                if (closing.signum() != 0) {
                    bound(Fraction.ZERO);
                }
            } else if (closing.signum() < 0) {
                // a richer supporter falls to the price: from there it would be a poorer one
                bound(gap.divide(closing));
            }
        }
        return priceSlope;
    }

    /** Bounds the rise by the first budget at which project q is as good a buy as the buyer, priced X. */
    private void rival(int q, Fraction x, Fraction xSlope, boolean qFirst) {
        int live = gather(q);
        // per class: whether it is below X just above t0, and where it crosses X later
        Fraction level = Fraction.ZERO;
        Fraction rise = Fraction.ZERO;
        long above = 0;
        List<Crossing> crossings = new ArrayList<>();
        for (int i = 0; i < live; i++) {
            int c = seen[i];
            long n = seenCount[i];
            Fraction v = value.get(c);
            Fraction s = slope.get(c);
            int order = v.compareTo(x);
            if (order == 0) {
                order = s.compareTo(xSlope);
            }
            boolean below = order < 0;
            if (below) {
                level = level.add(v.multiply(n));
                rise = rise.add(s.multiply(n));
            } else {
                above += n;
            }
            Fraction closing = s.subtract(xSlope);
            Fraction gap = x.subtract(v);
            if (closing.signum() != 0 && gap.signum() != 0 && gap.signum() == closing.signum()) {
                crossings.add(new Crossing(gap.divide(closing), c, n, below));
            }
        }
        crossings.sort((a, b) -> a.at().compareTo(b.at()));
        Fraction cost = profile.cost[q];
        Fraction from = Fraction.ZERO;
        int next = 0;
        while (true) {
            if (best != null && from.compareTo(best) >= 0) {
                return;
            }
            // on (from, to): F(d) = level + rise * d + above * (x + xSlope * d)
            Fraction constant = level.add(x.multiply(above));
            Fraction gradient = rise.add(xSlope.multiply(above));
            boolean strict = above > 0 && !qFirst;
            Fraction atFrom = constant.add(gradient.multiply(from)).subtract(cost);
            Fraction to = next < crossings.size() ? crossings.get(next).at() : null;
            if (atFrom.signum() > 0 || (atFrom.signum() == 0 && (!strict || gradient.signum() > 0))) {
                bound(from);
                return;
            }
            if (gradient.signum() > 0) {
                Fraction root = cost.subtract(constant).divide(gradient);
                if (to == null || root.compareTo(to) < 0) {
                    bound(root);
                    return;
                }
            }
            if (to == null) {
                return;
            }
            while (next < crossings.size() && crossings.get(next).at().equals(to)) {
                Crossing crossing = crossings.get(next++);
                Fraction v = value.get(crossing.klass());
                Fraction s = slope.get(crossing.klass());
                if (crossing.below()) {
                    level = level.subtract(v.multiply(crossing.voters()));
                    rise = rise.subtract(s.multiply(crossing.voters()));
                    above += crossing.voters();
                } else {
                    level = level.add(v.multiply(crossing.voters()));
                    rise = rise.add(s.multiply(crossing.voters()));
                    above -= crossing.voters();
                }
            }
            from = to;
        }
    }

    private record Crossing(Fraction at, int klass, long voters, boolean below) {
    }

    /** Bounds the rise by the first budget at which unbought project q becomes affordable. */
    private void unaffordable(int q) {
        int live = gather(q);
        Fraction total = Fraction.ZERO;
        Fraction rise = Fraction.ZERO;
        for (int i = 0; i < live; i++) {
            total = total.add(value.get(seen[i]).multiply(seenCount[i]));
            rise = rise.add(slope.get(seen[i]).multiply(seenCount[i]));
        }
        Fraction gap = profile.cost[q].subtract(total);
        if (gap.signum() <= 0) {
            bound(Fraction.ZERO);
        } else if (rise.signum() > 0) {
            bound(gap.divide(rise));
        }
    }

    private void pay(int w, Fraction price, Fraction priceSlope) {
        profile.pay(w, groupClass, value.size(), from -> {
            Fraction left = value.get(from).subtract(price);
            return left.signum() > 0 ? newClass(left, slope.get(from).subtract(priceSlope)) : ZERO_CLASS;
        });
    }

    /** Counts project p's supporters per live class into {@code seen}/{@code seenCount}; returns how many. */
    private int gather(int p) {
        int live = 0;
        for (int g : profile.projectGroups[p]) {
            int c = groupClass[g];
            if (c != ZERO_CLASS) {
                if (inClass[c] == 0) {
                    seen[live++] = c;
                }
                inClass[c] += profile.groupWeight[g];
            }
        }
        for (int i = 0; i < live; i++) {
            seenCount[i] = inClass[seen[i]];
            inClass[seen[i]] = 0;
        }
        return live;
    }

    private int newClass(Fraction money, Fraction moneySlope) {
        value.add(money);
        slope.add(moneySlope);
        int id = value.size() - 1;
        if (id == inClass.length) {
            inClass = Arrays.copyOf(inClass, id * 2);
        }
        return id;
    }

    private void bound(Fraction rise) {
        if (best == null || rise.compareTo(best) < 0) {
            best = rise;
        }
    }

    /** Whether the bound is already so low that looking further cannot make a longer jump. */
    private boolean zero() {
        return best != null && best.compareTo(floor) <= 0;
    }
}
