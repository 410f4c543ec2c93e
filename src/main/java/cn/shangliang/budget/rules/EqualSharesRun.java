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
 * <p>Exact money is held as integer multiples of one common unit 1/{@code scale}, refined (every amount
 * multiplied by the same factor) when a price is not a whole number of units; on large elections the unit
 * reaches hundreds of bits. So the run decides with doubles that carry an error bound and reaches for the exact
 * integers only where a bound does not decide (issue 17):
 * <ul>
 * <li>each class keeps its money in currency as a double with a bound on its absolute error; its exact money is
 * computed only when asked for (from the class it came from minus the payment that made it), so most classes
 * never have one;</li>
 * <li>pricing splits poorer and richer supporters and sums what the poorer pay in doubles; if any supporter is too
 * close to the share to tell, or the sum lost too much to cancellation, the project is priced exactly;</li>
 * <li>offers are ordered by their approximate keys; the exact price is computed for the project about to be
 * bought, and when other offers are within the error bound of it they are priced in the current round and the
 * winner is chosen exactly.</li>
 * </ul>
 * A double-based decision is taken only when the bound proves it equals the exact one, so every outcome and price
 * is the exact run's.
 */
final class EqualSharesRun {

    private static final int ZERO_CLASS = EqualSharesProfile.ZERO_CLASS;
    /** Unit roundoff of a double. */
    private static final double U = 0x1p-53;
    /** Relative error bound of {@link #ratio} (two truncations to 62 bits, two roundings, a division). */
    private static final double RATIO_ERROR = 4 * U;
    /** Largest relative error an approximate offer key may carry; beyond it the offer is priced exactly. */
    private static final double KEY_ERROR = 1e-9;

    private final EqualSharesProfile profile;
    private final Utilities utilities;
    private final TieBreak tieBreak;
    final Fraction perVoterBudget;

    /** Funded projects in purchase order; free projects first. */
    final List<Integer> funded = new ArrayList<>();
    /** Per project: 0 for free, else the 1-based round it was bought in; -1 if not bought. */
    final int[] round;
    /** Per bought project: the price each supporter was asked for, as remainder / (rich × scale) when bought. */
    private final BigInteger[] priceNumerator;
    private final BigInteger[] priceDenominator;
    Fraction spent = Fraction.ZERO;

    private BigInteger scale;
    private final BigInteger[] costUnits;
    private final double[] costApprox;
    /** Per class: exact money in the unit of {@code classUnit}, or null until asked for. */
    private final List<BigInteger> classMoney = new ArrayList<>();
    private int[] classUnit = new int[64];
    /** Per class: the class its voters came from and the payment they made (index into {@link #payments}). */
    private int[] classParent = new int[64];
    private int[] classPayment = new int[64];
    /** Per class: money in currency as a double, and a bound on its absolute error. */
    private double[] classApprox = new double[64];
    private double[] classError = new double[64];
    /** Per purchase: what each richer supporter paid, exactly, in the unit of {@code paymentUnit}. */
    private final List<BigInteger> payments = new ArrayList<>();
    private int[] paymentUnit = new int[16];
    /** For each past unit u: how many current units make one unit u. */
    private final List<BigInteger> unitsPerPastUnit = new ArrayList<>(List.of(BigInteger.ONE));
    private final int[] groupClass;
    private final boolean[] open;
    /** Scratch for pricing one project: its supporters per class, the classes seen, and their counts. */
    private long[] supportersInClass = new long[64];
    private final int[] seenClasses;
    private final long[] seenCounts;
    private int gathered;

    private EqualSharesRun(EqualSharesProfile profile, Fraction perVoterBudget, Utilities utilities, TieBreak tieBreak) {
        this.profile = profile;
        this.perVoterBudget = perVoterBudget;
        this.utilities = utilities;
        this.tieBreak = tieBreak;
        int m = profile.projects.size();
        round = new int[m];
        Arrays.fill(round, -1);
        priceNumerator = new BigInteger[m];
        priceDenominator = new BigInteger[m];
        open = profile.candidate.clone();
        scale = perVoterBudget.denominator();
        for (Fraction cost : profile.cost) {
            scale = lcm(scale, cost.denominator());
        }
        costUnits = new BigInteger[m];
        costApprox = new double[m];
        for (int p = 0; p < m; p++) {
            costUnits[p] = units(profile.cost[p]);
            costApprox[p] = ratio(profile.cost[p].numerator(), profile.cost[p].denominator());
        }
        groupClass = new int[profile.groupProjects.length];
        int start = ZERO_CLASS;
        if (perVoterBudget.signum() > 0) {
            double budget = ratio(perVoterBudget.numerator(), perVoterBudget.denominator());
            start = newClass(units(perVoterBudget), ZERO_CLASS, -1, budget, budget * RATIO_ERROR);
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

    /** The price each supporter of bought project {@code p} was asked for (poorer ones paid all they had); 0 for free. */
    Fraction price(int p) {
        return priceNumerator[p] == null ? Fraction.ZERO : Fraction.of(priceNumerator[p], priceDenominator[p]);
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
                funded.add(p);
            }
        }
    }

    /**
     * A project's price in one round: {@code remainder / rich} per richer supporter, where {@code remainder} is what
     * the poorer supporters could not cover. {@code key} orders offers (the price, or the price / cost), exact to
     * {@link #KEY_ERROR}; {@code remainder} is exact (in units of the scale it was priced at) or null when only the
     * approximation was computed.
     */
    private record Offer(int project, double key, BigInteger remainder, long rich, int round) {
        boolean exact() {
            return remainder != null;
        }
    }

    private void buyRounds() {
        PriorityQueue<Offer> queue = new PriorityQueue<>(this::compareApprox);
        for (int p = 0; p < open.length; p++) {
            if (open[p]) {
                // every supporter paying an equal share is the lowest price possible: a valid lower bound
                queue.add(exactOffer(p, costUnits[p], profile.supporters[p], 0));
            }
        }
        int currentRound = 1;
        List<Offer> close = new ArrayList<>();
        while (!queue.isEmpty()) {
            Offer top = queue.poll();
            if (top.round() != currentRound) {
                reprice(queue, top.project(), currentRound);
                continue;
            }
            // offers whose keys the doubles can't tell from the top's: priced in this round, then decided exactly
            double limit = top.key() * (1 + 4 * KEY_ERROR);
            while (!queue.isEmpty() && queue.peek().key() <= limit) {
                close.add(queue.poll());
            }
            if (anyStale(close, currentRound)) {
                for (Offer o : close) {
                    if (o.round() == currentRound) {
                        queue.add(o);
                    } else {
                        reprice(queue, o.project(), currentRound);
                    }
                }
                queue.add(top);
                close.clear();
                continue;
            }
            Offer best = exact(top);
            for (Offer o : close) {
                Offer other = exact(o);
                if (compareExact(other, best) < 0) {
                    queue.add(best);
                    best = other;
                } else {
                    queue.add(other);
                }
            }
            close.clear();
            buy(best, currentRound++);
        }
    }

    private static boolean anyStale(List<Offer> offers, int currentRound) {
        for (Offer o : offers) {
            if (o.round() != currentRound) {
                return true;
            }
        }
        return false;
    }

    private void reprice(PriorityQueue<Offer> queue, int p, int currentRound) {
        Offer fresh = price(p, currentRound);
        if (fresh == null) {
            open[p] = false;
        } else {
            queue.add(fresh);
        }
    }

    private Offer exact(Offer offer) {
        if (offer.exact()) {
            return offer;
        }
        Offer exact = exactPrice(offer.project(), offer.round());
        if (exact == null) {
            throw new IllegalStateException("the bound of project " + offer.project() + "'s price did not hold");
        }
        return exact;
    }

    private int compareApprox(Offer a, Offer b) {
        int byKey = Double.compare(a.key(), b.key());
        return byKey != 0 ? byKey : compareTies(a, b);
    }

    /**
     * Exact keys compared by cross-multiplication, independent of the unit each was priced in (offers compared here
     * are of the same round, hence the same unit): price / cost is remainder / (rich × cost units), the price alone
     * remainder / (rich × scale).
     */
    private int compareExact(Offer a, Offer b) {
        BigInteger aPer = (utilities == Utilities.COST ? costUnits[a.project()] : scale).multiply(BigInteger.valueOf(a.rich()));
        BigInteger bPer = (utilities == Utilities.COST ? costUnits[b.project()] : scale).multiply(BigInteger.valueOf(b.rich()));
        int byKey = a.remainder().multiply(bPer).compareTo(b.remainder().multiply(aPer));
        return byKey != 0 ? byKey : compareTies(a, b);
    }

    private int compareTies(Offer a, Offer b) {
        return tieBreak.compare(profile.projects.get(a.project()), a.project(),
                profile.projects.get(b.project()), b.project());
    }

    private Offer exactOffer(int p, BigInteger remainder, long rich, int offerRound) {
        BigInteger per = utilities == Utilities.COST ? costUnits[p] : scale;
        return new Offer(p, ratio(remainder, per.multiply(BigInteger.valueOf(rich))), remainder, rich, offerRound);
    }

    /**
     * Collects the classes of project {@code p}'s supporters who have money left into {@code seenClasses} and
     * {@code seenCounts} ({@code gathered} of them); returns how many supporters they hold.
     */
    private long gather(int p) {
        int n = 0;
        long rich = 0;
        for (int g : profile.projectGroups[p]) {
            int c = groupClass[g];
            if (c != ZERO_CLASS) {
                if (supportersInClass[c] == 0) {
                    seenClasses[n++] = c;
                }
                supportersInClass[c] += profile.groupWeight[g];
                rich += profile.groupWeight[g];
            }
        }
        for (int i = 0; i < n; i++) {
            seenCounts[i] = supportersInClass[seenClasses[i]];
            supportersInClass[seenClasses[i]] = 0;
        }
        gathered = n;
        return rich;
    }

    /**
     * The lowest price q such that supporters paying min(money, q) cover the cost, or null when all their money
     * together falls short; supporters with less than q pay everything, the rich pay q each. Computed in doubles
     * with a bound on the error of every step; where the bound can't decide, {@link #exactPrice} decides.
     */
    private Offer price(int p, int offerRound) {
        long rich = gather(p);
        int live = gathered;
        double remainder = costApprox[p];
        // |remainder - exact| <= inputError + rounding, rounding <= 2 (steps + 1) U sumAbs
        double inputError = costApprox[p] * RATIO_ERROR;
        double sumAbs = costApprox[p];
        int steps = 0;
        while (rich > 0) {
            double share = remainder / rich;
            double shareError = (inputError + 2 * (steps + 1) * U * sumAbs) / rich + 2 * U * share;
            int kept = 0;
            for (int i = 0; i < live; i++) {
                int c = seenClasses[i];
                int side = side(c, share, shareError);
                if (side == 0) {
                    return exactPrice(p, offerRound);
                }
                if (side < 0) {
                    double paid = seenCounts[i] * classApprox[c];
                    remainder -= paid;
                    sumAbs += paid;
                    inputError += seenCounts[i] * classError[c];
                    steps++;
                    rich -= seenCounts[i];
                } else {
                    seenClasses[kept] = seenClasses[i];
                    seenCounts[kept++] = seenCounts[i];
                }
            }
            if (kept == live) {
                double error = inputError + 2 * (steps + 1) * U * sumAbs;
                if (!(remainder > 0) || error > remainder * KEY_ERROR / 2) {
                    return exactPrice(p, offerRound); // cancellation: the sum in doubles says too little
                }
                double key = utilities == Utilities.COST ? remainder / rich / costApprox[p] : remainder / rich;
                return new Offer(p, key, null, rich, offerRound);
            }
            live = kept;
        }
        return null;
    }

    /**
     * Whether class {@code c}'s money is below a share known as {@code share} ± {@code shareError}: -1 below, 1 at or
     * above, 0 when the class's and the share's error bounds overlap and only exact money can tell.
     */
    private int side(int c, double share, double shareError) {
        double margin = classError[c] + shareError;
        double approx = classApprox[c];
        return approx + margin < share ? -1 : approx - margin > share ? 1 : 0;
    }

    /** {@link #price} in exact arithmetic; doubles decide only the poor/rich splits their bounds prove. */
    private Offer exactPrice(int p, int offerRound) {
        long rich = gather(p);
        int live = gathered;
        BigInteger remainder = costUnits[p];
        BigInteger[] paidByUnit = new BigInteger[unitsPerPastUnit.size()];
        while (rich > 0) {
            // money < remainder / rich  <=>  money < ceil(remainder / rich), money being whole units
            BigInteger share = null;
            double shareApprox = ratio(remainder, scale) / rich;
            double shareError = shareApprox * 3 * RATIO_ERROR;
            int kept = 0;
            for (int i = 0; i < live; i++) {
                int c = seenClasses[i];
                int side = side(c, shareApprox, shareError);
                if (side == 0 && share == null) {
                    BigInteger[] division = remainder.divideAndRemainder(BigInteger.valueOf(rich));
                    share = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
                }
                boolean poor = side == 0 ? money(c).compareTo(share) < 0 : side < 0;
                if (poor) {
                    // what the poorer pay, summed in each class's own unit and rescaled once per unit below
                    money(c, false);
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
                return exactOffer(p, remainder, rich, offerRound);
            }
            live = kept;
        }
        return null;
    }

    private void buy(Offer offer, int roundNumber) {
        int w = offer.project();
        open[w] = false;
        round[w] = roundNumber;
        priceNumerator[w] = offer.remainder();
        priceDenominator[w] = scale.multiply(BigInteger.valueOf(offer.rich()));
        funded.add(w);
        spent = spent.add(profile.cost[w]);
        BigInteger rich = BigInteger.valueOf(offer.rich());
        BigInteger gcd = offer.remainder().gcd(rich);
        refineUnit(rich.divide(gcd));
        int payment = payments.size();
        payments.add(offer.remainder().divide(gcd));
        if (payment == paymentUnit.length) {
            paymentUnit = Arrays.copyOf(paymentUnit, payment * 2);
        }
        paymentUnit[payment] = currentUnit();
        double paid = ratio(payments.get(payment), scale);
        profile.pay(w, groupClass, classMoney.size(), from -> payFrom(from, payment, paid));
    }

    /** The class voters of class {@code from} move to when paying {@code payment} (all they have when poorer). */
    private int payFrom(int from, int payment, double paid) {
        double left = classApprox[from] - paid;
        double error = classError[from] + paid * RATIO_ERROR + Math.abs(left) * U;
        if (left < -error) {
            return ZERO_CLASS;
        }
        if (left > error) {
            return newClass(null, from, payment, left, error);
        }
        BigInteger exact = money(from).subtract(payment(payment));
        return exact.signum() > 0 ? newClass(exact, from, payment, ratio(exact, scale), ratio(exact, scale) * RATIO_ERROR)
                : ZERO_CLASS;
    }

    private int newClass(BigInteger money, int parent, int payment, double approx, double error) {
        classMoney.add(money);
        int id = classMoney.size() - 1;
        if (id == classUnit.length) {
            supportersInClass = Arrays.copyOf(supportersInClass, id * 2);
            classUnit = Arrays.copyOf(classUnit, id * 2);
            classParent = Arrays.copyOf(classParent, id * 2);
            classPayment = Arrays.copyOf(classPayment, id * 2);
            classApprox = Arrays.copyOf(classApprox, id * 2);
            classError = Arrays.copyOf(classError, id * 2);
        }
        classUnit[id] = currentUnit();
        classParent[id] = parent;
        classPayment[id] = payment;
        classApprox[id] = approx;
        classError[id] = error;
        return id;
    }

    /** The money of class {@code c} in the current unit. */
    private BigInteger money(int c) {
        return money(c, true);
    }

    /** The money of class {@code c}, computed if it never was; in the current unit if {@code rescale}, else in {@code classUnit[c]}. */
    private BigInteger money(int c, boolean rescale) {
        BigInteger money = classMoney.get(c);
        if (money == null) {
            money = money(classParent[c]).subtract(payment(classPayment[c]));
            classMoney.set(c, money);
            classUnit[c] = currentUnit();
            return money;
        }
        int unit = classUnit[c];
        if (!rescale || unit == currentUnit()) {
            return money;
        }
        money = money.multiply(unitsPerPastUnit.get(unit));
        classMoney.set(c, money);
        classUnit[c] = currentUnit();
        return money;
    }

    /** What each richer supporter paid in purchase {@code k}, in the current unit. */
    private BigInteger payment(int k) {
        int unit = paymentUnit[k];
        if (unit == currentUnit()) {
            return payments.get(k);
        }
        BigInteger paid = payments.get(k).multiply(unitsPerPastUnit.get(unit));
        payments.set(k, paid);
        paymentUnit[k] = currentUnit();
        return paid;
    }

    private int currentUnit() {
        return unitsPerPastUnit.size() - 1;
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

    /** a / b as a double within {@link #RATIO_ERROR} relative, also when either has more bits than a double's range. */
    static double ratio(BigInteger a, BigInteger b) {
        int shiftA = Math.max(0, a.bitLength() - 62);
        int shiftB = Math.max(0, b.bitLength() - 62);
        return Math.scalb(a.shiftRight(shiftA).doubleValue() / b.shiftRight(shiftB).doubleValue(), shiftA - shiftB);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
